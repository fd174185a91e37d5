package id.infoloker.account.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestAccounts.Caller;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Staff's TOTP second factor through the API: enrolment, sign-in with it, replay, the ADMIN's requirement per role. */
@AccountServiceIntegrationTest
class SecondFactorIntegrationTest {

    static final String PASSWORD = "sandi-petugas-baru";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    private TestAccounts accounts;
    private Caller admin;
    private long startStep;

    @BeforeEach
    void setUp() {
        startStep = Totp.stepAt(Instant.now());
        accounts = new TestAccounts(http);
        admin = accounts.admin();
    }

    @Test
    void staffEnrolWithAFirstCodeThenSignInWithFreshCodesAndAReplayedCodeIsRefused() {
        String email = createStaff("VERIFIER");
        Caller verifier = accounts.signIn(email, PASSWORD, Map.of());

        Map<?, ?> enrolment = http.post().uri("/api/accounts/me/second-factor").headers(verifier.bearer()).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        byte[] secret = secretOf(verifier.id());
        assertThat(enrolment.get("secret")).isEqualTo(Base32.encode(secret));
        assertThat((String) enrolment.get("otpauthUri")).startsWith("otpauth://totp/Infoloker%3A")
                .contains("secret=" + Base32.encode(secret), "issuer=Infoloker", "digits=6", "period=30");
        // Not yet confirmed: the password alone still signs in.
        signIn(email, null).expectStatus().isOk();

        http.post().uri("/api/accounts/me/second-factor/confirm").headers(verifier.bearer())
                .bodyValue(Map.of("code", wrong(code(secret, 0)))).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("second-factor-invalid");
        http.post().uri("/api/accounts/me/second-factor/confirm").headers(verifier.bearer())
                .bodyValue(Map.of("code", code(secret, 0))).exchange()
                .expectStatus().isNoContent();

        signIn(email, null).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("second-factor-required");
        // The confirming code was used: it, and anything older, is refused from now on.
        signIn(email, code(secret, 0)).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("second-factor-invalid");
        signIn(email, code(secret, 1)).expectStatus().isOk().expectBody().jsonPath("$.accessToken").exists();
        signIn(email, code(secret, 1)).expectStatus().isUnauthorized();
        http.post().uri("/api/accounts/me/second-factor").headers(verifier.bearer()).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("second-factor-already-enrolled");
    }

    @Test
    void whenAnAdminRequiresASecondFactorForARoleItsStaffEnrolAtTheirNextSignIn() {
        String email = createStaff("VERIFIER");
        requireForVerifiers(true);
        try {
            Map<?, ?> asked = signIn(email, null).expectStatus().isUnauthorized()
                    .expectBody(Map.class).returnResult().getResponseBody();
            assertThat(asked.get("code")).isEqualTo("second-factor-enrolment-required");
            assertThat((String) asked.get("otpauthUri")).startsWith("otpauth://totp/");
            UUID id = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", UUID.class, email);
            byte[] secret = secretOf(id);
            assertThat(asked.get("totpSecret")).isEqualTo(Base32.encode(secret));
            // The wrong password learns nothing of the secret.
            signIn(email, PASSWORD + "x", null).expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.totpSecret").doesNotExist();

            signIn(email, code(secret, 0)).expectStatus().isOk();
            signIn(email, null).expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.code").isEqualTo("second-factor-required");
            // Job seekers never need one, and ADMIN was not required.
            accounts.jobSeeker();
            accounts.admin();
        } finally {
            requireForVerifiers(false);
        }
        http.get().uri("/api/accounts/staff/second-factor-requirements").headers(admin.bearer()).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.VERIFIER").isEqualTo(false).jsonPath("$.ADMIN").isEqualTo(false);
    }

    @Test
    void anAdminRemovesALostSecondFactor() {
        String email = createStaff("VERIFIER");
        Caller verifier = accounts.signIn(email, PASSWORD, Map.of());
        http.post().uri("/api/accounts/me/second-factor").headers(verifier.bearer()).exchange().expectStatus().isOk();
        http.post().uri("/api/accounts/me/second-factor/confirm").headers(verifier.bearer())
                .bodyValue(Map.of("code", code(secretOf(verifier.id()), 0))).exchange().expectStatus().isNoContent();
        signIn(email, null).expectStatus().isUnauthorized();

        http.delete().uri("/api/accounts/staff/{id}/second-factor", verifier.id()).headers(admin.bearer()).exchange()
                .expectStatus().isNoContent();

        signIn(email, null).expectStatus().isOk();
        http.post().uri("/api/accounts/me/second-factor").headers(accounts.jobSeeker().bearer()).exchange()
                .expectStatus().isForbidden();
    }

    private static String wrong(String code) {
        return code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 5) % 10);
    }

    private void requireForVerifiers(boolean required) {
        http.put().uri("/api/accounts/staff/second-factor-requirements").headers(admin.bearer())
                .bodyValue(Map.of("type", "VERIFIER", "required", required)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.VERIFIER").isEqualTo(required);
    }

    private String createStaff(String type) {
        String email = "petugas." + UUID.randomUUID() + "@disnakertrans.karawangkab.go.id";
        http.post().uri("/api/accounts/staff").headers(admin.bearer())
                .bodyValue(Map.of("type", type, "name", "Petugas Dua Langkah", "email", email, "password", PASSWORD))
                .exchange().expectStatus().isCreated();
        return email;
    }

    private byte[] secretOf(UUID accountId) {
        return jdbc.queryForObject("SELECT secret FROM second_factor WHERE account_id = ?", byte[].class, accountId);
    }

    /**
     * The authenticator app's code {@code offset} steps from the test's start: fixed steps, so a 30-second boundary
     * passing during the test changes no expectation (the codes stay within the one step either side).
     */
    private String code(byte[] secret, int offset) {
        return Totp.code(secret, startStep + offset, Totp.DIGITS);
    }

    private WebTestClient.ResponseSpec signIn(String email, String code) {
        return signIn(email, PASSWORD, code);
    }

    private WebTestClient.ResponseSpec signIn(String email, String password, String code) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("username", email);
        body.put("password", password);
        if (code != null) {
            body.put("totpCode", code);
        }
        return http.post().uri("/api/auth/token").bodyValue(body).exchange();
    }
}
