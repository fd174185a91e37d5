package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The crash drills' shared steps: register job seekers through the gateway, kill -9 one service and restart it, then
 * require every accepted registration to end with exactly one case (lost 0, duplicated 0) and print the figures.
 */
final class CrashDrill {

    static final int REGISTRATIONS = 30;

    static void killAndRestart(String service, String label) {
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
        platform.killService(service);
        platform.startService(service);

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> Verification.casesFor(accepted) == REGISTRATIONS);
        long recoveryMillis = Duration.ofNanos(System.nanoTime() - crash).toMillis();
        long cases = Verification.casesFor(accepted);
        long duplicated = Verification.accountsWithDuplicateCases(accepted);
        System.out.printf("[drill] %s kill -9: accepted=%d, cases before crash=%d, cases=%d, lost=%d,"
                        + " duplicated=%d, recovery=%d ms%n",
                label, accepted.size(), casesBeforeCrash, cases, REGISTRATIONS - cases, duplicated, recoveryMillis);
        assertThat(cases).isEqualTo(REGISTRATIONS);
        assertThat(duplicated).isZero();
    }

    private CrashDrill() {
    }
}
