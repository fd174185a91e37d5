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
 * Fault drill, small: PostgreSQL stopped under registrations. The gateway answers a clear 503 problem with
 * Retry-After (never a 500 or a hanging request), and once the database is back registrations are accepted again and
 * every accepted one reaches the verification queue once. The full-size drill (30 s, under load) is
 * {@code benchmarks/drills/run.sh}.
 */
class DatabaseOutageIT {

    static final int AFTER_RECOVERY = 10;

    @Test
    void registrationsGetA503WhileTheDatabaseIsDownAndAllGetThroughOnceItIsBack() {
        Devstack platform = RunningPlatform.get();
        Api api = new Api(platform.gatewayUrl());
        List<UUID> accepted = new ArrayList<>();
        accepted.add(register(api, 202));

        long stop = System.nanoTime();
        platform.stopPostgres();
        Api.Response refused;
        try {
            refused = api.post("/api/accounts/job-seekers", JobSeekers.newRegistration(), null);
        } finally {
            platform.startPostgres();
        }
        long firstRefusalMillis = Duration.ofNanos(System.nanoTime() - stop).toMillis();
        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.json().get("code").asString()).isEqualTo("database-unavailable");

        long restart = System.nanoTime();
        await().atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Api.Response response = api.post("/api/accounts/job-seekers", JobSeekers.newRegistration(), null);
            if (response.status() == 202) {
                accepted.add(UUID.fromString(response.json().get("accountId").asString()));
            }
            return response.status() == 202;
        });
        long recoveryMillis = Duration.ofNanos(System.nanoTime() - restart).toMillis();
        for (int i = 0; i < AFTER_RECOVERY; i++) {
            accepted.add(register(api, 202));
        }

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(250))
                .until(() -> Verification.casesFor(accepted) == accepted.size());
        System.out.printf("[drill] database stopped: 503 after %d ms (including the stop), first 202 %d ms after the"
                        + " restart, %d accepted, %d cases, duplicated %d%n", firstRefusalMillis, recoveryMillis,
                accepted.size(), Verification.casesFor(accepted), Verification.accountsWithDuplicateCases(accepted));
        assertThat(Verification.accountsWithDuplicateCases(accepted)).isZero();
    }

    private static UUID register(Api api, int expectedStatus) {
        Api.Response response = api.post("/api/accounts/job-seekers", JobSeekers.newRegistration(), null);
        assertThat(response.status()).as(response.body()).isEqualTo(expectedStatus);
        return UUID.fromString(response.json().get("accountId").asString());
    }
}
