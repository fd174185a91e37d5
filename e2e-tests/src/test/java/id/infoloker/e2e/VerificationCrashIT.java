package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Fault drill: verification-service is killed with SIGKILL while it may still be draining the intake backlog, then
 * restarted. Its uncommitted offsets are redelivered; the inbox and the case's unique key make the redelivery harmless:
 * every accepted registration ends with exactly one case (lost 0, duplicated 0).
 */
class VerificationCrashIT {

    static final int REGISTRATIONS = 30;

    @Test
    void aCrashedVerificationServiceLosesAndDuplicatesNoCase() {
        Devstack platform = RunningPlatform.get();
        Api api = new Api(platform.gatewayUrl());
        List<UUID> accepted = new ArrayList<>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            Api.Response response = api.post("/api/accounts/job-seekers", JobSeekers.newRegistration(), null);
            assertThat(response.status()).as(response.body()).isEqualTo(202);
            accepted.add(UUID.fromString(response.json().get("accountId").asString()));
        }
        long casesBeforeCrash = Verification.casesFor(accepted);

        long crash = System.nanoTime();
        platform.killService("verification-service");
        platform.startService("verification-service");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> Verification.casesFor(accepted) == REGISTRATIONS);
        long recoveryMillis = Duration.ofNanos(System.nanoTime() - crash).toMillis();
        long cases = Verification.casesFor(accepted);
        long duplicated = Verification.accountsWithDuplicateCases(accepted);
        System.out.printf("[drill] verification kill -9: accepted=%d, cases before crash=%d, cases=%d, lost=%d,"
                        + " duplicated=%d, recovery=%d ms%n",
                accepted.size(), casesBeforeCrash, cases, REGISTRATIONS - cases, duplicated, recoveryMillis);
        assertThat(cases).isEqualTo(REGISTRATIONS);
        assertThat(duplicated).isZero();
    }
}
