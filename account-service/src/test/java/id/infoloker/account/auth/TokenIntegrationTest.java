package id.infoloker.account.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestData;
import id.infoloker.testkit.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.test.web.reactive.server.WebTestClient;

@AccountServiceIntegrationTest
class TokenIntegrationTest {

    @Autowired
    WebTestClient http;

    @Autowired
    JwtDecoder decoder;

    @Autowired
    JwtEncoder encoder;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    AccessRevocations revocations;

    @Test
    void aJobSeekerSignsInWithEmailAndReadsTheirOwnAccount() {
        Map<String, Object> registration = TestData.registration();
        UUID accountId = register(registration);

        Map<?, ?> tokens = login(((String) registration.get("email")).toUpperCase(), "rahasia-sekali");

        assertThat(tokens.get("tokenType")).isEqualTo("Bearer");
        assertThat(tokens.get("expiresIn")).isEqualTo(900);
        assertThat(tokens.get("refreshToken")).asString().hasSizeGreaterThan(40);
        Jwt jwt = decoder.decode((String) tokens.get("accessToken"));
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("infoloker");
        assertThat(jwt.getSubject()).isEqualTo(accountId.toString());
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("JOB_SEEKER");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsKey("kid");

        http.get().uri("/api/accounts/me").headers(bearer((String) tokens.get("accessToken")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo(accountId.toString())
                .jsonPath("$.type").isEqualTo("JOB_SEEKER")
                .jsonPath("$.fullName").isEqualTo("Siti Nurhaliza")
                .jsonPath("$.status").isEqualTo("PENDING_VERIFICATION")
                .jsonPath("$.jobSeeker.nik").isEqualTo(registration.get("nik"))
                .jsonPath("$.jobSeeker.kecamatanName").isEqualTo("KARAWANG BARAT")
                .jsonPath("$.nextStep").value(step -> assertThat((String) step).contains("menunggu verifikasi"));

        http.get().uri("/api/accounts/me").headers(bearer((String) tokens.get("accessToken")))
                .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.nextStep").value(step -> assertThat((String) step).contains("waiting for"));
    }

    @Test
    void aJobSeekerSignsInWithTheirPhoneNumberInAnySpelling() {
        Map<String, Object> registration = TestData.registration();
        UUID accountId = register(registration);
        String local = (String) registration.get("phone"); // 0812xxxxxxxx
        String international = "+62 " + local.substring(1, 4) + "-" + local.substring(4, 8) + "-" + local.substring(8);

        Map<?, ?> tokens = login(international, "rahasia-sekali");

        assertThat(decoder.decode((String) tokens.get("accessToken")).getSubject()).isEqualTo(accountId.toString());
    }

    @Test
    void wrongPasswordsAndUnknownAccountsGetTheSameAnswer() {
        Map<String, Object> registration = TestData.registration();
        register(registration);

        for (Map<String, String> attempt : List.of(
                Map.of("username", (String) registration.get("email"), "password", "salah-sandi"),
                Map.of("username", "nobody-" + UUID.randomUUID() + "@example.id", "password", "rahasia-sekali"),
                Map.of("username", "0000", "password", "rahasia-sekali"))) {
            http.post().uri("/api/auth/token").bodyValue(attempt)
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code").isEqualTo("invalid-credentials")
                    .jsonPath("$.accessToken").doesNotExist();
        }
    }

    @Test
    void requestsWithoutAValidTokenAreRefused() {
        Map<String, Object> registration = TestData.registration();
        UUID accountId = register(registration);
        String token = (String) login((String) registration.get("email"), "rahasia-sekali").get("accessToken");
        String[] parts = token.split("\\.");

        String tamperedPayload = parts[0] + "." + base64(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace("JOB_SEEKER", "ADMIN")) + "." + parts[2];
        String tamperedSignature = parts[0] + "." + parts[1] + "."
                + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1);
        String algNone = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        String otherKey = TestTokens.forAccount(accountId, "JOB_SEEKER");
        Instant past = Instant.now().minus(Duration.ofHours(1));
        String expired = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().issuer("infoloker").subject(accountId.toString()).issuedAt(past)
                        .expiresAt(past.plus(Duration.ofMinutes(15))).claim("roles", List.of("JOB_SEEKER"))
                        .build())).getTokenValue();
        String otherIssuer = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                JwtClaimsSet.builder().issuer("someone-else").subject(accountId.toString())
                        .expiresAt(Instant.now().plus(Duration.ofMinutes(5))).build())).getTokenValue();

        http.get().uri("/api/accounts/me").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        for (String bad : List.of(tamperedPayload, tamperedSignature, algNone, otherKey, expired, otherIssuer,
                "not-a-jwt")) {
            http.get().uri("/api/accounts/me").headers(bearer(bad)).exchange()
                    .expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        }
        http.get().uri("/api/accounts/me").headers(bearer(token)).exchange().expectStatus().isOk();
    }

    @Test
    void aRefreshTokenWorksOnceAndItsReuseEndsTheSession() {
        Map<String, Object> registration = TestData.registration();
        UUID accountId = register(registration);
        String first = (String) login((String) registration.get("email"), "rahasia-sekali").get("refreshToken");

        Map<?, ?> refreshed = refresh(first).expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        String second = (String) refreshed.get("refreshToken");
        assertThat(second).isNotEqualTo(first);
        assertThat(decoder.decode((String) refreshed.get("accessToken")).getSubject())
                .isEqualTo(accountId.toString());

        // The first token again: a copy is in someone else's hands. Refused, and the whole family is revoked,
        // its access tokens too.
        refresh(first).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-refresh-token");
        refresh(second).expectStatus().isUnauthorized();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                http.get().uri("/api/accounts/me").headers(bearer((String) refreshed.get("accessToken"))).exchange()
                        .expectStatus().isUnauthorized());
        refresh("made-up").expectStatus().isUnauthorized();
    }

    @Test
    void logoutEndsTheSessionAndItsAccessTokenWithinSecondsButNotTheAccountsOtherSessions() {
        Map<String, Object> registration = TestData.registration();
        register(registration);
        Map<?, ?> phone = login((String) registration.get("email"), "rahasia-sekali");
        Map<?, ?> laptop = login((String) registration.get("email"), "rahasia-sekali");
        assertThat(decoder.decode((String) phone.get("accessToken")).getClaimAsString("sid"))
                .isNotBlank()
                .isNotEqualTo(decoder.decode((String) laptop.get("accessToken")).getClaimAsString("sid"));

        http.post().uri("/api/auth/logout").bodyValue(Map.of("refreshToken", phone.get("refreshToken")))
                .exchange().expectStatus().isNoContent();

        refresh((String) phone.get("refreshToken")).expectStatus().isUnauthorized();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                http.get().uri("/api/accounts/me").headers(bearer((String) phone.get("accessToken"))).exchange()
                        .expectStatus().isUnauthorized()
                        .expectBody().jsonPath("$.code").isEqualTo("unauthorized"));
        http.get().uri("/api/accounts/me").headers(bearer((String) laptop.get("accessToken"))).exchange()
                .expectStatus().isOk();
        refresh((String) laptop.get("refreshToken")).expectStatus().isOk();
    }

    @Test
    void revokingEveryAccessRefusesTokensIssuedBeforeButNotASignInRightAfter() {
        Map<String, Object> registration = TestData.registration();
        UUID accountId = register(registration);
        Map<?, ?> before = login((String) registration.get("email"), "rahasia-sekali");

        revocations.revokeAll(accountId, "password-reset");
        Map<?, ?> after = login((String) registration.get("email"), "rahasia-sekali");

        refresh((String) before.get("refreshToken")).expectStatus().isUnauthorized();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                http.get().uri("/api/accounts/me").headers(bearer((String) before.get("accessToken"))).exchange()
                        .expectStatus().isUnauthorized());
        http.get().uri("/api/accounts/me").headers(bearer((String) after.get("accessToken"))).exchange()
                .expectStatus().isOk();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM outbox_event WHERE topic = 'account.access-revoked.v1' AND record_key = ?""",
                Long.class, accountId.toString())).isEqualTo(1);
    }

    @Test
    void thePublicKeyIsPublishedWithoutItsPrivateHalf() {
        http.get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys.length()").isEqualTo(1)
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].alg").isEqualTo("RS256")
                .jsonPath("$.keys[0].use").isEqualTo("sig")
                .jsonPath("$.keys[0].kid").exists()
                .jsonPath("$.keys[0].n").exists()
                .jsonPath("$.keys[0].d").doesNotExist()
                .jsonPath("$.keys[0].p").doesNotExist();
    }

    @Test
    void theConfiguredAdminSignsInAsStaff() {
        Map<?, ?> tokens = login("admin@test.infoloker.id", "admin-test-password");

        assertThat(decoder.decode((String) tokens.get("accessToken")).getClaimAsStringList("roles"))
                .containsExactly("ADMIN");
        http.get().uri("/api/accounts/me").headers(bearer((String) tokens.get("accessToken")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.type").isEqualTo("ADMIN")
                .jsonPath("$.status").isEqualTo("VERIFIED")
                .jsonPath("$.jobSeeker").doesNotExist()
                .jsonPath("$.nextStep").value(step -> assertThat((String) step)
                        .contains("konsol petugas", "menurunkan lowongan", "mengelola akun staf"));
    }

    private UUID register(Map<String, Object> body) {
        Map<?, ?> answer = http.post().uri("/api/accounts/job-seekers").bodyValue(body)
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) answer.get("accountId"));
    }

    private Map<?, ?> login(String username, String password) {
        return http.post().uri("/api/auth/token").bodyValue(Map.of("username", username, "password", password))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().cacheControl(org.springframework.http.CacheControl.noStore())
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec refresh(String refreshToken) {
        return http.post().uri("/api/auth/refresh").bodyValue(Map.of("refreshToken", refreshToken)).exchange();
    }

    private static java.util.function.Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
