package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The foundation's thin flow, through the gateway only: a job seeker registers, a verifier approves, the account
 * becomes VERIFIED and the owner reads a notification in Bahasa Indonesia.
 */
class ThinFlowIT {

    static Devstack platform;
    static Api api;

    @BeforeAll
    static void platform() {
        platform = RunningPlatform.get();
        api = new Api(platform.gatewayUrl());
    }

    @Test
    void registrationIsApprovedAndTheOwnerIsNotified() {
        Map<String, Object> registration = JobSeekers.newRegistration();
        long started = System.nanoTime();

        Api.Response registered = api.post("/api/accounts/job-seekers", registration, null);
        assertThat(registered.status()).as(registered.body()).isEqualTo(202);
        UUID accountId = UUID.fromString(registered.json().get("accountId").asString());
        assertThat(registered.json().get("status").asString()).isEqualTo("PENDING_VERIFICATION");

        String owner = api.login((String) registration.get("email"), (String) registration.get("password"));
        // Only a case with every required document reaches the verifiers' queue.
        Documents.uploadAndSubmitAll(platform.gatewayUrl(), owner, (String) registration.get("fullName"));

        String verifier = api.login(platform.staff().verifierEmail(), platform.staff().verifierPassword());
        approveUntilDecided(api, verifier, accountId);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode inbox = api.get("/api/notifications/me", owner).json();
            assertThat(inbox.get("items").toString()).contains("disetujui");
        });
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("[e2e] registration -> approval -> owner's notification: %d ms%n", millis);

        JsonNode me = api.get("/api/accounts/me", owner).json();
        assertThat(me.get("status").asString()).isEqualTo("VERIFIED");
    }

    @Test
    void badRegistrationIsAProblemNamingTheFieldsNeverA500() {
        Map<String, Object> registration = JobSeekers.newRegistration();
        registration.remove("email");
        registration.put("nik", "12345");

        Api.Response response = api.post("/api/accounts/job-seekers", registration, null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("invalid-input");
        assertThat(response.json().get("errors").toString()).contains("\"email\"").contains("\"nik\"");

        Api.Response malformed = api.post("/api/accounts/job-seekers", "{\"fullName\": ", null);
        assertThat(malformed.status()).isEqualTo(400);
    }

    /**
     * Claims cases until the one for {@code accountId} is decided. Other tests' cases may be ahead of it in the
     * queue; they are approved too, as a verifier on shift would.
     */
    static void approveUntilDecided(Api api, String verifierToken, UUID accountId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response claimed = api.post("/api/verification/cases/claim-next", "", verifierToken);
            if (claimed.status() == 204) {
                return false;
            }
            assertThat(claimed.status()).as(claimed.body()).isEqualTo(200);
            JsonNode theCase = claimed.json();
            Api.Response decided = api.post("/api/verification/cases/" + theCase.get("id").asString() + "/decision",
                    Map.of("outcome", "APPROVED"), verifierToken);
            assertThat(decided.status()).as(decided.body()).isBetween(200, 204);
            return accountId.toString().equals(theCase.get("accountId").asString());
        });
    }
}
