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
 * Fault drill: account-service is killed with SIGKILL right after answering registrations, while its outbox relay may
 * be mid-publish (rows sent but not yet marked). A registration answered 202 is committed with its outbox row, so after
 * the restart the relay sends every one, some maybe twice; the consumer's inbox and the case's unique key absorb the
 * resends: every accepted account ends with exactly one case (lost 0, duplicated effects 0).
 */
class OutboxRelayCrashIT {

    static final int REGISTRATIONS = 30;

    @Test
    void aCrashedOutboxRelayLosesNoEventAndDuplicatesNoEffect() {
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
        platform.killService("account-service");
        platform.startService("account-service");

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> Verification.casesFor(accepted) == REGISTRATIONS);
        long recoveryMillis = Duration.ofNanos(System.nanoTime() - crash).toMillis();
        long cases = Verification.casesFor(accepted);
        long duplicated = Verification.accountsWithDuplicateCases(accepted);
        System.out.printf("[drill] account-service (outbox relay) kill -9: accepted=%d, cases before crash=%d,"
                        + " cases=%d, lost=%d, duplicated=%d, recovery=%d ms%n",
                accepted.size(), casesBeforeCrash, cases, REGISTRATIONS - cases, duplicated, recoveryMillis);
        assertThat(cases).isEqualTo(REGISTRATIONS);
        assertThat(duplicated).isZero();
    }
}
