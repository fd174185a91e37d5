package id.infoloker.account.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import id.infoloker.account.TestAccounts.Files;
import id.infoloker.account.TestData;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class PersonalDataIntegrationTest {

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    private TestAccounts accounts;

    @BeforeEach
    void setUp() {
        accounts = new TestAccounts(http);
    }

    @Test
    void theExportHoldsEverythingIncludingWhichStaffReadTheDocuments() {
        Caller siti = accounts.jobSeeker();
        Map<String, Object> registration = siti.registration();
        accounts.upload(siti, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        String ktpId = (String) http.get().uri("/api/accounts/me/documents").headers(siti.bearer()).exchange()
                .expectBody(List.class).returnResult().getResponseBody().stream()
                .map(d -> ((Map<?, ?>) d).get("id")).findFirst().orElseThrow();
        Caller verifier = accounts.verifier();
        http.get().uri("/api/accounts/{id}/documents/{doc}", siti.id(), ktpId).headers(verifier.bearer())
                .exchange().expectStatus().isOk();

        http.get().uri("/api/accounts/me/export").headers(siti.bearer())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody()
                .jsonPath("$.exportedAt").exists()
                .jsonPath("$.account.id").isEqualTo(siti.id().toString())
                .jsonPath("$.account.email").isEqualTo(registration.get("email"))
                .jsonPath("$.account.jobSeeker.nik").isEqualTo(registration.get("nik"))
                .jsonPath("$.account.jobSeeker.birthDate").isEqualTo("1999-06-05")
                .jsonPath("$.consent.version").isEqualTo("2026-09-01")
                .jsonPath("$.consent.givenAt").exists()
                .jsonPath("$.documents[0].document.id").isEqualTo(ktpId)
                .jsonPath("$.documents[0].contentPath").isEqualTo("/api/accounts/me/documents/" + ktpId)
                .jsonPath("$.submissions.length()").isEqualTo(0)
                .jsonPath("$.staffReads.length()").isEqualTo(1)
                .jsonPath("$.staffReads[0].readerId").isEqualTo(verifier.id().toString())
                .jsonPath("$.staffReads[0].readerRoles[0]").isEqualTo("VERIFIER")
                .jsonPath("$.staffReads[0].documentType").isEqualTo("KTP")
                .jsonPath("$.staffReads[0].readAt").exists();
    }

    @Test
    void erasureRemovesThePersonKeepsAnonymousFiguresAndTellsOtherServices() {
        Map<String, Object> registration = TestData.registration();
        Caller siti = accounts.jobSeeker(registration);
        accounts.upload(siti, "KTP", Files.jpeg(), "ktp.jpg", MediaType.IMAGE_JPEG).expectStatus().isCreated();
        UUID ktpId = jdbc.queryForObject("SELECT id FROM document WHERE account_id = ?", UUID.class, siti.id());
        Map<?, ?> tokens = http.post().uri("/api/auth/token").bodyValue(Map.of("username", registration.get("email"),
                "password", registration.get("password"))).exchange().expectBody(Map.class).returnResult()
                .getResponseBody();

        http.delete().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isNoContent();

        Map<String, Object> account = jdbc.queryForMap("SELECT * FROM account WHERE id = ?", siti.id());
        assertThat(account.get("status")).isEqualTo("ERASED");
        assertThat(account.values()).doesNotContain(registration.get("fullName"), registration.get("email"))
                .allSatisfy(value -> assertThat(String.valueOf(value)).doesNotContain("Siti"));
        assertThat(account.get("phone")).isNull();
        assertThat(count("SELECT count(*) FROM job_seeker_profile WHERE account_id = ?", siti.id())).isZero();
        assertThat(count("SELECT count(*) FROM job_seeker_profile WHERE nik = ?", registration.get("nik"))).isZero();
        assertThat(count("SELECT count(*) FROM document WHERE account_id = ?", siti.id())).isZero();
        assertThat(count("SELECT count(*) FROM document_content WHERE id = ?", ktpId)).isZero();
        assertThat(count("SELECT count(*) FROM refresh_token WHERE account_id = ?", siti.id())).isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE payload LIKE ?", "%" + registration.get("nik")
                + "%")).as("no copy of the NIK left in the outbox once sent").isZero();
        assertThat(jdbc.queryForList("""
                SELECT * FROM erased_account_statistics WHERE account_type = 'JOB_SEEKER' AND kecamatan_code = '321501'
                AND education = 'SMK' AND birth_year = 1999 AND registered_on = ? AND erased_on = ?""",
                today(), today())).as("in the office's calendar (Asia/Jakarta)").isNotEmpty();

        String payload = jdbc.queryForObject("""
                SELECT payload FROM outbox_event WHERE topic = ? AND record_key = ? ORDER BY position DESC LIMIT 1""",
                String.class, Topics.ACCOUNT_STATUS_CHANGED, siti.id().toString());
        AccountStatusChanged erased = json.readValue(payload, AccountStatusChanged.class);
        assertThat(erased.status()).isEqualTo(AccountStatus.ERASED);
        assertThat(erased.previousStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(erased.displayName()).isNull();

        // The person is gone: their access token is refused once the ERASED change is announced (and found nothing
        // before), their password and refresh token open nothing.
        await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                http.get().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isUnauthorized());
        http.get().uri("/api/accounts/me/export").headers(siti.bearer()).exchange().expectStatus().isUnauthorized();
        http.delete().uri("/api/accounts/me").headers(siti.bearer()).exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/auth/token").bodyValue(Map.of("username", registration.get("email"),
                "password", registration.get("password"))).exchange().expectStatus().isUnauthorized();
        http.post().uri("/api/auth/refresh").bodyValue(Map.of("refreshToken", tokens.get("refreshToken")))
                .exchange().expectStatus().isUnauthorized();
        // ... and may register again with the same NIK, email and phone.
        http.post().uri("/api/accounts/job-seekers").bodyValue(registration).exchange().expectStatus().isAccepted();
    }

    @Test
    void anEmployerIsErasedToo() {
        Caller company = accounts.employer();
        String nib = (String) company.registration().get("nib");

        http.delete().uri("/api/accounts/me").headers(company.bearer()).exchange().expectStatus().isNoContent();

        assertThat(count("SELECT count(*) FROM employer_profile WHERE nib = ?", nib)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM account WHERE id = ?", String.class, company.id()))
                .isEqualTo("ERASED");
    }

    @Test
    void staffSeeTheNikAsTheirRoleAllowsTheOwnerSeesItAll() {
        Caller siti = accounts.jobSeeker();
        String nik = (String) siti.registration().get("nik");
        String masked = "************" + nik.substring(12);

        // A verifier may be anyone's: the NIK in full comes from the console, to the verifier holding the case.
        String verifierView = http.get().uri("/api/accounts/{id}", siti.id()).headers(accounts.verifier().bearer())
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(verifierView).contains("\"nik\":\"" + masked + "\"").doesNotContain(nik);
        assertThat(count("SELECT count(*) FROM nik_read_audit WHERE owner_id = ?", siti.id())).isZero();
        Caller admin = accounts.admin();
        http.get().uri("/api/accounts/{id}", siti.id()).headers(admin.bearer()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.jobSeeker.nik").isEqualTo(nik);
        // Every full view by someone else is accounted for: who, when, whose; no NIK in the audit.
        assertThat(count("SELECT count(*) FROM nik_read_audit WHERE owner_id = ? AND reader_id = ? "
                + "AND reader_roles = 'ADMIN'", siti.id(), admin.id())).isEqualTo(1);
        http.get().uri("/api/accounts/me").headers(siti.bearer()).exchange()
                .expectBody().jsonPath("$.jobSeeker.nik").isEqualTo(nik);
    }

    private static java.sql.Date today() {
        return java.sql.Date.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")));
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
