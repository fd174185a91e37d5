package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Revocation holds everywhere, through the gateway: once a session is signed out or the account erased, its access
 * token is refused by account-, vacancy-, verification- and notification-service within seconds, not at its expiry,
 * while a token issued afterwards keeps working.
 */
class RevocationIT {

    /** One authenticated read per service a job seeker may make. */
    private static final Map<String, String> READS = Map.of(
            "account-service", "/api/accounts/me",
            "vacancy-service", "/api/applications/mine",
            "verification-service", "/api/verification/me",
            "notification-service", "/api/notifications/me");

    static Devstack platform;
    static Api api;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        api = new Api(platform.gatewayUrl());
    }

    @Test
    void afterLogoutTheOldAccessTokenIsRefusedByEveryServiceWithinSecondsAndANewSessionWorks() {
        Map<String, Object> registration = JobSeekers.newRegistration();
        assertThat(api.post("/api/accounts/job-seekers", registration, null).status()).isEqualTo(202);
        String email = (String) registration.get("email");
        String password = (String) registration.get("password");
        JsonNode session = api.signIn(email, password);
        String oldToken = session.get("accessToken").asString();
        everyServiceAccepts(oldToken);

        assertThat(api.post("/api/auth/logout", Map.of("refreshToken", session.get("refreshToken").asString()), null)
                .status()).isEqualTo(204);
        String newToken = api.login(email, password);

        long started = System.nanoTime();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> everyServiceRefuses(oldToken));
        System.out.printf("[e2e] logout -> old access token refused by all four services: %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        everyServiceAccepts(newToken);
    }

    @Test
    void afterErasureTheAccountsTokensAreRefusedByEveryService() {
        Map<String, Object> registration = JobSeekers.newRegistration();
        assertThat(api.post("/api/accounts/job-seekers", registration, null).status()).isEqualTo(202);
        String token = api.login((String) registration.get("email"), (String) registration.get("password"));
        String otherDevice = api.login((String) registration.get("email"), (String) registration.get("password"));
        everyServiceAccepts(otherDevice);

        assertThat(api.delete("/api/accounts/me", token).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            everyServiceRefuses(token);
            everyServiceRefuses(otherDevice);
        });
    }

    private static void everyServiceAccepts(String token) {
        SoftAssertions softly = new SoftAssertions();
        READS.forEach((service, path) -> {
            Api.Response answer = api.get(path, token);
            // 200, or 404 while the new account's verification case is still on its way: anything but refused.
            softly.assertThat(answer.status()).as("%s %s: %s", service, path, answer.body()).isIn(200, 404);
        });
        softly.assertAll();
    }

    private static void everyServiceRefuses(String token) {
        SoftAssertions softly = new SoftAssertions();
        READS.forEach((service, path) -> {
            Api.Response answer = api.get(path, token);
            softly.assertThat(answer.status()).as("%s %s: %s", service, path, answer.body()).isEqualTo(401);
            softly.assertThat(answer.body()).as(service).contains("\"code\":\"unauthorized\"");
        });
        softly.assertAll();
    }
}
