package id.infoloker.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.AccountType;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.CaseView;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Automatic checks at intake, "Menunggu dokumen" kept out of the queue, explicit release. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ChecksIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    CaseRepository cases;

    @Autowired
    JdbcTemplate jdbc;

    StaffApi api;

    @BeforeEach
    void client() {
        api = new StaffApi(port);
    }

    private Map<String, String> verdicts(UUID caseId) {
        return jdbc.queryForList("SELECT code, verdict FROM case_check WHERE case_id = ?", caseId).stream()
                .collect(Collectors.toMap(row -> (String) row.get("code"), row -> (String) row.get("verdict")));
    }

    private VerificationCase awaitCase(UUID accountId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findByAccountId(accountId).orElse(null), found -> found != null);
    }

    @Test
    void aJobSeekersNikIsCheckedAtIntakeAndTheMessagesAreInBahasaIndonesia() {
        UUID accountId = UUID.randomUUID();
        // Born 5 June 1999 according to the form, 5 July 1999 according to the NIK; the NIK is from Kota Bandung.
        Registrations.publish(json, Registrations.jobSeeker(accountId, "Dewi Lestari", "3273014507990002",
                LocalDate.of(1999, 6, 5), "F", "321501", Instant.now()), UUID.randomUUID().toString());
        VerificationCase opened = awaitCase(accountId);

        assertThat(verdicts(opened.id())).containsEntry("NIK_STRUCTURE", "PASS")
                .containsEntry("NIK_BIRTH_DATA", "FAIL")
                .containsEntry("NIK_REGION", "WARN")
                .containsEntry("NIK_DUPLICATE", "PASS")
                .containsEntry("REQUIRED_DOCUMENTS", "FAIL");
        assertThat(jdbc.queryForObject("SELECT message FROM case_check WHERE case_id = ? AND code = 'NIK_REGION'",
                String.class, opened.id())).contains("di luar Kabupaten Karawang").contains("321501");
        assertThat(opened.documentsComplete()).isFalse();
    }

    @Test
    void theSameNikOnASecondAccountFails() {
        String nik = "321501520889" + String.format("%04d", new java.util.Random().nextInt(9_999) + 1);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Registrations.publish(json, Registrations.jobSeeker(first, "Ahmad", nik, LocalDate.of(1989, 8, 12), "F",
                "321501", Instant.now()), UUID.randomUUID().toString());
        awaitCase(first);
        Registrations.publish(json, Registrations.jobSeeker(second, "Ahmad lagi", nik, LocalDate.of(1989, 8, 12),
                "F", "321501", Instant.now()), UUID.randomUUID().toString());

        assertThat(verdicts(awaitCase(second).id())).containsEntry("NIK_DUPLICATE", "FAIL");
    }

    @Test
    void anEmployersNpwpAndNibAreChecked() {
        UUID good = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        Registrations.publish(json, Registrations.employer(good, "PT Maju Jaya", "9120001234567",
                "01.234.567.4-407.000", Instant.now()), UUID.randomUUID().toString());
        Registrations.publish(json, Registrations.employer(bad, "PT Salah Ketik", "91200012345",
                "01.234.567.5-407.000", Instant.now()), UUID.randomUUID().toString());

        assertThat(verdicts(awaitCase(good).id())).containsEntry("NPWP_CHECK_DIGIT", "PASS")
                .containsEntry("NIB_FORMAT", "PASS").containsEntry("REQUIRED_DOCUMENTS", "FAIL")
                .doesNotContainKey("NIK_STRUCTURE");
        assertThat(verdicts(awaitCase(bad).id())).containsEntry("NPWP_CHECK_DIGIT", "FAIL")
                .containsEntry("NIB_FORMAT", "FAIL");
    }

    @Test
    void aCaseWaitingForDocumentsIsNotOfferedUntilEveryRequiredDocumentArrives() {
        UUID accountId = UUID.randomUUID();
        // The oldest registration of all: the queue's head as soon as it is complete.
        Registrations.publish(json, Registrations.jobSeeker(accountId, "Menunggu Dokumen",
                Instant.parse("1990-01-01T00:00:00Z")), UUID.randomUUID().toString());
        VerificationCase waiting = awaitCase(accountId);
        Registrations.submitDocuments(json, accountId, AccountType.JOB_SEEKER, 1, List.of("KTP", "CV"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM submitted_documents WHERE account_id = ?", Long.class, accountId) == 1L);

        var offered = api.claimNext(UUID.randomUUID(), "VERIFIER").expectBody(CaseView.class).returnResult();
        if (offered.getStatus().value() == 200) {
            assertThat(offered.getResponseBody().id()).isNotEqualTo(waiting.id());
        }
        api.get("/api/verification/cases?status=PENDING&size=100", UUID.randomUUID(), "ADMIN").expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + waiting.id() + "')].documentsComplete")
                .isEqualTo(List.of(false));

        // The rest arrives with the second submission (a re-submission may carry only the new documents).
        Registrations.submitDocuments(json, accountId, AccountType.JOB_SEEKER, 2, List.of("IJAZAH", "PAS_FOTO"));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> cases.findById(waiting.id()).orElseThrow().documentsComplete());

        api.claimNext(UUID.randomUUID(), "VERIFIER").expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(waiting.id().toString())
                .jsonPath("$.documents.types").isEqualTo(List.of("KTP", "CV", "IJAZAH", "PAS_FOTO"))
                .jsonPath("$.checks[?(@.code == 'REQUIRED_DOCUMENTS')].verdict").isEqualTo(List.of("PASS"));
    }

    @Test
    void theHolderReleasesACaseBackToTheQueueAndNobodyElseCan() {
        VerificationCase head = Registrations.registerAndAwaitCase(json, cases,
                Instant.parse("1991-01-01T00:00:00Z"));
        UUID holder = UUID.randomUUID();
        api.claimNext(holder, "VERIFIER").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(head.id().toString());

        api.release(head.id(), UUID.randomUUID(), "VERIFIER").expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.code").isEqualTo("case-not-claimed");
        api.release(head.id(), holder, "VERIFIER").expectStatus().isNoContent();
        assertThat(cases.findById(head.id()).orElseThrow().status()).isEqualTo(CaseStatus.PENDING);
        api.release(head.id(), holder, "VERIFIER").expectStatus().isEqualTo(HttpStatus.CONFLICT);
        api.release(UUID.randomUUID(), holder, "VERIFIER").expectStatus().isNotFound();
        api.release(head.id(), UUID.randomUUID(), "JOB_SEEKER").expectStatus().isForbidden();

        // Back at its place: the next verifier gets it.
        api.claimNext(UUID.randomUUID(), "VERIFIER").expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo(head.id().toString());
    }
}
