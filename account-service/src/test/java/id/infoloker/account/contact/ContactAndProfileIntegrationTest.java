package id.infoloker.account.contact;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.CodeEvents;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestData;
import id.infoloker.events.AccountContactChanged;
import id.infoloker.kit.privacy.PersonalDataSeals;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class ContactAndProfileIntegrationTest {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PersonalDataSeals seals;

    @Autowired
    JsonMapper json;

    @Test
    void aNewEmailTakesEffectOnlyWithTheCodeSentToItAndTheOtherServicesAreTold() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        String oldEmail = (String) siti.registration().get("email");
        String newEmail = TestData.uniqueEmail();

        http.post().uri("/api/accounts/me/email").headers(siti.bearer()).bodyValue(Map.of("email", " " + newEmail))
                .exchange().expectStatus().isAccepted().expectBody().jsonPath("$.expiresInSeconds").isEqualTo(600);

        List<String> sent = codeEvents(siti.id());
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).contains("\"purpose\":\"CONTACT_CONFIRMATION\"", "\"channel\":\"EMAIL\"",
                "\"recipient\":\"" + newEmail + "\"").doesNotContain(oldEmail);
        assertThat(emailOf(siti.id())).as("unchanged until confirmed").isEqualTo(oldEmail);
        http.post().uri("/api/accounts/me/email/confirm").headers(siti.bearer())
                .bodyValue(Map.of("code", wrong(code(sent.get(0))))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-code");

        http.post().uri("/api/accounts/me/email/confirm").headers(siti.bearer())
                .bodyValue(Map.of("code", code(sent.get(0)))).exchange().expectStatus().isNoContent();

        assertThat(emailOf(siti.id())).isEqualTo(newEmail);
        String changed = jdbc.queryForObject("SELECT payload FROM outbox_event WHERE topic = "
                + "'account.contact-changed.v1' AND record_key = ?", String.class, siti.id().toString());
        assertThat(changed).as("sealed with the person's key").doesNotContain(newEmail, "+62");
        AccountContactChanged opened = seals.open(json.readValue(changed, AccountContactChanged.class)).orElseThrow();
        assertThat(opened.email()).isEqualTo(newEmail);
        assertThat(opened.phone()).startsWith("+62");
        new TestAccounts(http).signIn(newEmail, "rahasia-sekali", Map.of());
    }

    @Test
    void aNewPhoneNumberGetsItsCodeBySmsAndAnotherAccountsNumberIsRefused() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        TestAccounts.Caller dewi = new TestAccounts(http).jobSeeker();

        http.post().uri("/api/accounts/me/phone").headers(siti.bearer())
                .bodyValue(Map.of("phone", dewi.registration().get("phone"))).exchange()
                .expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.code").isEqualTo("already-registered")
                .jsonPath("$.errors[0].field").isEqualTo("phone");
        http.post().uri("/api/accounts/me/phone").headers(siti.bearer())
                .bodyValue(Map.of("phone", siti.registration().get("phone"))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("contact-unchanged");
        assertThat(codeEvents(siti.id())).isEmpty();

        String newPhone = TestData.uniquePhone();
        http.post().uri("/api/accounts/me/phone").headers(siti.bearer()).bodyValue(Map.of("phone", newPhone))
                .exchange().expectStatus().isAccepted();
        String event = codeEvents(siti.id()).get(0);
        assertThat(event).contains("\"channel\":\"SMS\"", "\"recipient\":\"+62" + newPhone.substring(1) + "\"");
        http.post().uri("/api/accounts/me/phone/confirm").headers(siti.bearer())
                .bodyValue(Map.of("code", code(event))).exchange().expectStatus().isNoContent();

        assertThat(jdbc.queryForObject("SELECT phone FROM account WHERE id = ?", String.class, siti.id()))
                .isEqualTo("+62" + newPhone.substring(1));
    }

    @Test
    void anAddressTakenBetweenTheRequestAndTheConfirmationIsRefusedAtTheConfirmation() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        String contested = TestData.uniqueEmail();
        http.post().uri("/api/accounts/me/email").headers(siti.bearer()).bodyValue(Map.of("email", contested))
                .exchange().expectStatus().isAccepted();
        Map<String, Object> other = TestData.registration();
        other.put("email", contested);
        new TestAccounts(http).jobSeeker(other);

        http.post().uri("/api/accounts/me/email/confirm").headers(siti.bearer())
                .bodyValue(Map.of("code", code(codeEvents(siti.id()).get(0)))).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
        assertThat(emailOf(siti.id())).isEqualTo(siti.registration().get("email"));
    }

    @Test
    void aJobSeekerChangesAddressAndEducationDirectly() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();

        http.put().uri("/api/accounts/me/profile").headers(siti.bearer())
                .bodyValue(Map.of("address", "Jl. Kertabumi 5", "kecamatanCode", "321503", "education", "D3"))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.jobSeeker.address").isEqualTo("Jl. Kertabumi 5")
                .jsonPath("$.jobSeeker.kecamatanCode").isEqualTo("321503")
                .jsonPath("$.jobSeeker.education").isEqualTo("D3")
                .jsonPath("$.status").isEqualTo("PENDING_VERIFICATION");

        http.put().uri("/api/accounts/me/profile").headers(siti.bearer())
                .bodyValue(Map.of("address", "Jl. Kertabumi 5", "kecamatanCode", "999999", "education", "D3"))
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("unknown-kecamatan")
                .jsonPath("$.errors[0].field").isEqualTo("kecamatanCode");
        http.put().uri("/api/accounts/me/profile").headers(siti.bearer())
                .bodyValue(Map.of("address", "", "kecamatanCode", "321503", "education", "PHD"))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void onlyJobSeekersEditAProfileHere() {
        TestAccounts.Caller employer = new TestAccounts(http).employer();
        http.put().uri("/api/accounts/me/profile").headers(employer.bearer())
                .bodyValue(Map.of("address", "Jl. Industri 1", "kecamatanCode", "321503", "education", "D3"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void erasureLeavesNoPendingCodeNorCorrection() {
        TestAccounts.Caller siti = new TestAccounts(http).jobSeeker();
        http.post().uri("/api/accounts/me/email").headers(siti.bearer())
                .bodyValue(Map.of("email", TestData.uniqueEmail())).exchange().expectStatus().isAccepted();
        Map<String, Object> correction = new java.util.LinkedHashMap<>(Map.of("fullName", "Siti Lain",
                "nik", TestData.nik(java.time.LocalDate.of(1999, 6, 5), "F"), "birthPlace", "Karawang",
                "birthDate", "1999-06-05", "sex", "F"));
        http.post().uri("/api/accounts/me/identity-correction").headers(siti.bearer()).bodyValue(correction)
                .exchange().expectStatus().isAccepted();

        http.delete().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isNoContent();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM one_time_code WHERE account_id = ?", Integer.class,
                siti.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity_correction WHERE account_id = ?",
                Integer.class, siti.id())).isZero();
    }

    private List<String> codeEvents(UUID accountId) {
        return new CodeEvents(jdbc, seals, json).events(accountId);
    }

    private String emailOf(UUID accountId) {
        return jdbc.queryForObject("SELECT email FROM account WHERE id = ?", String.class, accountId);
    }

    private static String code(String event) {
        return CodeEvents.codeIn(event);
    }

    private static String wrong(String code) {
        return CodeEvents.wrong(code);
    }
}
