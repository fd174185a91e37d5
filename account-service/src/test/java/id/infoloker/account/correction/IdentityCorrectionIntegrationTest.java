package id.infoloker.account.correction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestData;
import id.infoloker.account.VerificationDecisions;
import id.infoloker.events.AccountIdentityCorrectionRequested;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class IdentityCorrectionIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    @Autowired
    id.infoloker.kit.privacy.PersonalDataSeals seals;

    @Test
    void aCorrectionSendsTheVerifiedAccountBackToVerificationAndApprovalAppliesIt() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        decide(siti.id(), VerificationOutcome.APPROVED);
        await().atMost(WAIT).until(() -> "VERIFIED".equals(statusOf(siti.id())));
        String oldNik = (String) siti.registration().get("nik");
        String newNik = TestData.nik(LocalDate.of(1999, 6, 5), "F");

        http.post().uri("/api/accounts/me/identity-correction").headers(siti.bearer())
                .bodyValue(correction(siti, "Siti Nurhalizah", newNik)).exchange()
                .expectStatus().isAccepted().expectBody()
                .jsonPath("$.status").isEqualTo("PENDING_VERIFICATION")
                .jsonPath("$.reasonCode").isEqualTo("KOREKSI_DATA");

        assertThat(jdbc.queryForMap("SELECT status, status_reason_code, display_name FROM account WHERE id = ?",
                siti.id())).containsEntry("status", "PENDING_VERIFICATION")
                .containsEntry("status_reason_code", "KOREKSI_DATA")
                .containsEntry("display_name", "Siti Nurhaliza");
        assertThat(nikOf(siti.id())).as("not before a verifier approves").isEqualTo(oldNik);
        String onTheWire = lastPayload(Topics.ACCOUNT_IDENTITY_CORRECTION_REQUESTED, siti.id());
        assertThat(onTheWire).as("both identities travel sealed with the person's key")
                .doesNotContain(oldNik, newNik, "Siti Nurhaliza").contains("\"personalData\":\"pdp1.");
        AccountIdentityCorrectionRequested requested = seals.open(json.readValue(onTheWire,
                AccountIdentityCorrectionRequested.class)).orElseThrow();
        assertThat(requested.reasonCode()).isEqualTo("KOREKSI_DATA");
        assertThat(requested.previous().nik()).isEqualTo(oldNik);
        assertThat(requested.previous().fullName()).isEqualTo("Siti Nurhaliza");
        assertThat(requested.corrected().nik()).isEqualTo(newNik);
        assertThat(requested.corrected().fullName()).isEqualTo("Siti Nurhalizah");
        AccountStatusChanged back = json.readValue(lastPayload(Topics.ACCOUNT_STATUS_CHANGED, siti.id()),
                AccountStatusChanged.class);
        assertThat(back.status()).hasToString("PENDING_VERIFICATION");
        assertThat(back.previousStatus()).hasToString("VERIFIED");
        assertThat(back.reasonCode()).isEqualTo("KOREKSI_DATA");

        decide(siti.id(), VerificationOutcome.APPROVED);

        await().atMost(WAIT).until(() -> "VERIFIED".equals(statusOf(siti.id())));
        assertThat(nikOf(siti.id())).isEqualTo(newNik);
        assertThat(jdbc.queryForObject("SELECT display_name FROM account WHERE id = ?", String.class, siti.id()))
                .isEqualTo("Siti Nurhalizah");
        // The name travels sealed with the person's key (crypto-shredding).
        assertThat(seals.open(json.readValue(lastPayload(Topics.ACCOUNT_STATUS_CHANGED, siti.id()),
                AccountStatusChanged.class)).displayName()).isEqualTo("Siti Nurhalizah");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_correction WHERE account_id = ?", Integer.class,
                siti.id())).isZero();
    }

    @Test
    void aRejectedCorrectionLeavesTheRegisteredIdentity() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        String oldNik = (String) siti.registration().get("nik");
        http.post().uri("/api/accounts/me/identity-correction").headers(siti.bearer())
                .bodyValue(correction(siti, "Siti Lain", TestData.nik(LocalDate.of(1999, 6, 5), "F"))).exchange()
                .expectStatus().isAccepted();

        decide(siti.id(), VerificationOutcome.REJECTED);

        await().atMost(WAIT).until(() -> "REJECTED".equals(statusOf(siti.id())));
        assertThat(nikOf(siti.id())).isEqualTo(oldNik);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_correction WHERE account_id = ?", Integer.class,
                siti.id())).isZero();
    }

    @Test
    void anotherAccountsNikAnInvalidNikAndNoChangeAreRefused() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        TestAccounts.Caller dewi = new TestAccounts(http).jobSeeker();

        http.post().uri("/api/accounts/me/identity-correction").headers(siti.bearer())
                .bodyValue(correction(siti, "Siti Nurhaliza", (String) dewi.registration().get("nik"))).exchange()
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("already-registered").jsonPath("$.errors[0].field").isEqualTo("nik");
        http.post().uri("/api/accounts/me/identity-correction").headers(siti.bearer())
                .bodyValue(correction(siti, "Siti Nurhaliza", "0000000000000000")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("nik");
        http.post().uri("/api/accounts/me/identity-correction").headers(siti.bearer())
                .bodyValue(correction(siti, "Siti Nurhaliza", (String) siti.registration().get("nik"))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("correction-unchanged");

        assertThat(statusOf(siti.id())).isEqualTo("PENDING_VERIFICATION");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = ? AND record_key = ?",
                Integer.class, Topics.ACCOUNT_IDENTITY_CORRECTION_REQUESTED, siti.id().toString())).isZero();
    }

    @Test
    void twoAccountsCannotBothAskForTheSameNik() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        TestAccounts.Caller dewi = new TestAccounts(http).jobSeeker();
        String wanted = TestData.nik(LocalDate.of(1999, 6, 5), "F");
        http.post().uri("/api/accounts/me/identity-correction").headers(siti.bearer())
                .bodyValue(correction(siti, "Siti Nurhaliza", wanted)).exchange().expectStatus().isAccepted();

        http.post().uri("/api/accounts/me/identity-correction").headers(dewi.bearer())
                .bodyValue(correction(dewi, "Siti Nurhaliza", wanted)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("nik");
    }

    @Test
    void onlyJobSeekersAskForAnIdentityCorrection() {
        TestAccounts.Caller employer = new TestAccounts(http).employer();
        http.post().uri("/api/accounts/me/identity-correction").headers(employer.bearer())
                .bodyValue(Map.of("fullName", "PT Maju", "nik", TestData.nik(LocalDate.of(1999, 6, 5), "F"),
                        "birthPlace", "Karawang", "birthDate", "1999-06-05", "sex", "F")).exchange()
                .expectStatus().isForbidden();
    }

    private static Map<String, Object> correction(TestAccounts.Caller caller, String fullName, String nik) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", fullName);
        body.put("nik", nik);
        body.put("birthPlace", caller.registration().get("birthPlace"));
        body.put("birthDate", caller.registration().get("birthDate"));
        body.put("sex", caller.registration().get("sex"));
        return body;
    }

    private void decide(UUID accountId, VerificationOutcome outcome) {
        VerificationDecided decision = new VerificationDecided(UUID.randomUUID(), accountId, outcome,
                outcome == VerificationOutcome.REJECTED ? "DATA_TIDAK_SESUAI" : null, null, List.of(),
                UUID.randomUUID(), Instant.now());
        VerificationDecisions.publish(kafka, json, UUID.randomUUID(), decision);
    }

    private String statusOf(UUID accountId) {
        return jdbc.queryForObject("SELECT status FROM account WHERE id = ?", String.class, accountId);
    }

    private String nikOf(UUID accountId) {
        return jdbc.queryForObject("SELECT nik FROM job_seeker_profile WHERE account_id = ?", String.class, accountId);
    }

    private String lastPayload(String topic, UUID accountId) {
        return jdbc.queryForObject("SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? "
                + "ORDER BY position DESC LIMIT 1", String.class, topic, accountId.toString());
    }
}
