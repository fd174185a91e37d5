package id.infoloker.account.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.CodeEvents;
import id.infoloker.account.TestAccounts;
import id.infoloker.account.TestData;
import id.infoloker.kit.privacy.PersonalDataSeals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class PasswordResetIntegrationTest {

    private static final String NEW_PASSWORD = "kata-sandi-baru-77";

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RecoveryHousekeeping housekeeping;

    @Autowired
    PersonalDataSeals seals;

    @Autowired
    JsonMapper json;

    private CodeEvents codes() {
        return new CodeEvents(jdbc, seals, json);
    }

    /** Each test its own client address, so the per-address limit of one test does not spill into another. */
    private static String someAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private WebTestClient.ResponseSpec requestCode(String username, String address) {
        return http.post().uri("/api/auth/password-reset").header("X-Infoloker-Client-Address", address)
                .bodyValue(Map.of("username", username)).exchange();
    }

    private WebTestClient.ResponseSpec confirm(String username, String code, String newPassword, String address) {
        return http.post().uri("/api/auth/password-reset/confirm").header("X-Infoloker-Client-Address", address)
                .bodyValue(Map.of("username", username, "code", code, "newPassword", newPassword)).exchange();
    }

    private TestAccounts.Caller jobSeeker() {
        return new TestAccounts(http).jobSeeker();
    }

    private static String email(TestAccounts.Caller caller) {
        return (String) caller.registration().get("email");
    }

    @Test
    void theCodeGoesToTheAccountsEmailAndPhoneAndOnlyItsHashIsKept() {
        TestAccounts.Caller siti = jobSeeker();

        requestCode(email(siti), someAddress()).expectStatus().isAccepted()
                .expectBody().jsonPath("$.expiresInSeconds").isEqualTo(600);

        List<String> events = codes().events(siti.id());
        assertThat(events).hasSize(2);
        String code = codes().latest(siti.id());
        assertThat(events).allSatisfy(event -> assertThat(event).contains("\"purpose\":\"PASSWORD_RESET\"",
                "\"code\":\"" + code + "\""));
        assertThat(String.join("\n", events)).contains("\"channel\":\"EMAIL\"", "\"recipient\":\"" + email(siti),
                "\"channel\":\"SMS\"", "\"recipient\":\"+62");
        assertThat(codes().sealedEvents(siti.id())).as("code and addresses travel sealed with the person's key")
                .allSatisfy(event -> assertThat(event).doesNotContain(code, email(siti), "+62")
                        .contains("\"personalData\":\"pdp1."));
        Map<String, Object> stored = codes().storedCode(siti.id(), "PASSWORD_RESET");
        assertThat((String) stored.get("code_hash")).startsWith("{bcrypt}").doesNotContain(code);
    }

    @Test
    void theRightCodeSetsTheNewPasswordAndEndsEverySession() {
        TestAccounts.Caller siti = jobSeeker();
        String refreshOnPhone = signIn(email(siti), "rahasia-sekali");
        String refreshOnLaptop = signIn(email(siti), "rahasia-sekali");
        String address = someAddress();
        requestCode(email(siti), address).expectStatus().isAccepted();

        confirm(email(siti), codes().latest(siti.id()), NEW_PASSWORD, address).expectStatus().isNoContent();

        http.post().uri("/api/auth/token").bodyValue(Map.of("username", email(siti), "password", "rahasia-sekali"))
                .exchange().expectStatus().isUnauthorized();
        signIn(email(siti), NEW_PASSWORD);
        for (String refresh : List.of(refreshOnPhone, refreshOnLaptop)) {
            http.post().uri("/api/auth/refresh").bodyValue(Map.of("refreshToken", refresh)).exchange()
                    .expectStatus().isUnauthorized();
        }
        assertAccessTokenRefused(siti);
    }

    /** The access tokens already out stop working too (account.access-revoked.v1, read back by this service). */
    private void assertAccessTokenRefused(TestAccounts.Caller caller) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> http.get().uri("/api/accounts/me")
                .headers(caller.bearer()).exchange().expectStatus().isUnauthorized());
    }

    @Test
    void aCodeWorksOnce() {
        TestAccounts.Caller siti = jobSeeker();
        String address = someAddress();
        requestCode(email(siti), address).expectStatus().isAccepted();
        String code = codes().latest(siti.id());
        confirm(email(siti), code, NEW_PASSWORD, address).expectStatus().isNoContent();

        confirm(email(siti), code, "yet-another-password-9", address).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-code")
                .jsonPath("$.errors[0].field").isEqualTo("code");
    }

    @Test
    void aCodeIsRefusedOnceItsTenMinutesArePast() {
        TestAccounts.Caller siti = jobSeeker();
        String address = someAddress();
        requestCode(email(siti), address).expectStatus().isAccepted();
        Map<String, Object> stored = codes().storedCode(siti.id(), "PASSWORD_RESET");
        assertThat(((java.sql.Timestamp) stored.get("expires_at")).toInstant())
                .isEqualTo(((java.sql.Timestamp) stored.get("created_at")).toInstant().plusSeconds(600));
        // Ten minutes pass.
        jdbc.update("UPDATE one_time_code SET expires_at = now() - interval '1 second', "
                + "created_at = now() - interval '601 seconds' WHERE account_id = ?", siti.id());

        confirm(email(siti), codes().latest(siti.id()), NEW_PASSWORD, address).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-code");
        signIn(email(siti), "rahasia-sekali");
    }

    @Test
    void fiveWrongCodesKillTheCodeEvenForTheRightOneAfterwards() {
        TestAccounts.Caller siti = jobSeeker();
        String address = someAddress();
        requestCode(email(siti), address).expectStatus().isAccepted();
        String code = codes().latest(siti.id());
        String wrong = CodeEvents.wrong(code);

        for (int attempt = 0; attempt < 5; attempt++) {
            confirm(email(siti), wrong, NEW_PASSWORD, address).expectStatus().isBadRequest();
        }

        confirm(email(siti), code, NEW_PASSWORD, address).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("invalid-code");
        signIn(email(siti), "rahasia-sekali");
    }

    @Test
    void aWeakNewPasswordIsRefusedWithoutSpendingTheCode() {
        TestAccounts.Caller siti = jobSeeker();
        String address = someAddress();
        requestCode(email(siti), address).expectStatus().isAccepted();
        String code = codes().latest(siti.id());

        confirm(email(siti), code, "bismillah", address).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("password-common")
                .jsonPath("$.errors[0].field").isEqualTo("newPassword");

        confirm(email(siti), code, NEW_PASSWORD, address).expectStatus().isNoContent();
    }

    @Test
    void anUnknownAccountGetsTheSameAnswerInAboutTheSameTime() {
        TestAccounts.Caller siti = jobSeeker();
        String nobody = "nobody." + UUID.randomUUID() + "@example.id";
        String address = someAddress();
        // Warm-up, so neither side pays for first use.
        requestCode(nobody, address).expectStatus().isAccepted();

        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        byte[] knownBody = null;
        byte[] unknownBody = null;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            EntityExchangeResult<byte[]> forSiti = requestCode(email(siti), address).expectStatus().isAccepted()
                    .expectBody().returnResult();
            known.add(System.nanoTime() - start);
            start = System.nanoTime();
            EntityExchangeResult<byte[]> forNobody = requestCode(nobody, address).expectStatus().isAccepted()
                    .expectBody().returnResult();
            unknown.add(System.nanoTime() - start);
            knownBody = forSiti.getResponseBody();
            unknownBody = forNobody.getResponseBody();
            assertThat(forNobody.getResponseHeaders().getContentType())
                    .isEqualTo(forSiti.getResponseHeaders().getContentType());
        }

        assertThat(unknownBody).isEqualTo(knownBody);
        long knownMedian = known.stream().sorted().toList().get(1);
        long unknownMedian = unknown.stream().sorted().toList().get(1);
        // Both hash a code with bcrypt; a shortcut for unknown accounts would answer many times faster.
        assertThat((double) unknownMedian / knownMedian).as("unknown / known time").isBetween(0.4, 2.5);
        http.post().uri("/api/auth/password-reset/confirm").header("X-Infoloker-Client-Address", address)
                .bodyValue(Map.of("username", nobody, "code", "123456", "newPassword", NEW_PASSWORD)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.code").isEqualTo("invalid-code");
    }

    @Test
    void anAccountGetsAtMostThreeCodesAnHourAndTheFourthRequestLooksTheSame() {
        TestAccounts.Caller siti = jobSeeker();
        for (int request = 0; request < 4; request++) {
            requestCode(email(siti), someAddress()).expectStatus().isAccepted()
                    .expectBody().jsonPath("$.expiresInSeconds").isEqualTo(600);
        }

        assertThat(codes().events(siti.id())).as("3 codes x (email + phone)").hasSize(6);
    }

    @Test
    void oneClientAddressIsSlowedDownAfterTenRequestsWhileAnotherIsNot() {
        String address = someAddress();
        for (int request = 0; request < 10; request++) {
            requestCode("nobody" + request + "@example.id", address).expectStatus().isAccepted();
        }

        requestCode("nobody@example.id", address).expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("too-many-requests")
                .jsonPath("$.retryAfterSeconds").isNumber();
        requestCode("nobody@example.id", someAddress()).expectStatus().isAccepted();
    }

    @Test
    void sentCodeEventsAreSweptFromTheOutbox() {
        TestAccounts.Caller siti = jobSeeker();
        requestCode(email(siti), someAddress()).expectStatus().isAccepted();
        jdbc.update("UPDATE outbox_event SET sent_at = now() WHERE topic = 'account.one-time-code-requested.v1' "
                + "AND record_key = ?", siti.id().toString());

        housekeeping.deleteSentCodeEvents();

        assertThat(codes().events(siti.id())).isEmpty();
    }

    @Test
    void theOwnerChangesTheirPasswordWithTheCurrentOneAndEverySessionEnds() {
        TestAccounts.Caller siti = jobSeeker();
        String otherDevice = signIn(email(siti), "rahasia-sekali");

        http.post().uri("/api/accounts/me/password").headers(siti.bearer())
                .bodyValue(Map.of("currentPassword", "not-my-password", "newPassword", NEW_PASSWORD)).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("current-password-wrong")
                .jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        http.post().uri("/api/accounts/me/password").headers(siti.bearer())
                .bodyValue(Map.of("currentPassword", "rahasia-sekali", "newPassword", "123")).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("newPassword");

        http.post().uri("/api/accounts/me/password").headers(siti.bearer())
                .bodyValue(Map.of("currentPassword", "rahasia-sekali", "newPassword", NEW_PASSWORD)).exchange()
                .expectStatus().isNoContent();

        http.post().uri("/api/auth/refresh").bodyValue(Map.of("refreshToken", otherDevice)).exchange()
                .expectStatus().isUnauthorized();
        signIn(email(siti), NEW_PASSWORD);
        assertAccessTokenRefused(siti);
    }

    @Test
    void changingThePasswordNeedsAToken() {
        http.post().uri("/api/accounts/me/password")
                .bodyValue(Map.of("currentPassword", "x-y-z-1234", "newPassword", NEW_PASSWORD)).exchange()
                .expectStatus().isUnauthorized();
    }

    private String signIn(String username, String password) {
        Map<?, ?> tokens = http.post().uri("/api/auth/token")
                .bodyValue(Map.of("username", username, "password", password)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (String) tokens.get("refreshToken");
    }
}
