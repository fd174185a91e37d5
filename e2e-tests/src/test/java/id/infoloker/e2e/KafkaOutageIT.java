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
 * The platform's promise: a registration never waits for Kafka. With the broker stopped, registrations are still
 * accepted (the outbox holds their events); once it is back, every one reaches the verification queue, once.
 */
class KafkaOutageIT {

    static final int REGISTRATIONS = 20;

    @Test
    void registrationsDuringABrokerOutageAllReachTheQueueAfterwards() {
        Devstack platform = RunningPlatform.get();
        Api api = new Api(platform.gatewayUrl());
        List<UUID> accepted = new ArrayList<>();

        platform.stopKafka();
        try {
            for (int i = 0; i < REGISTRATIONS; i++) {
                Api.Response response = api.post("/api/accounts/job-seekers", JobSeekers.newRegistration(), null);
                assertThat(response.status()).as(response.body()).isEqualTo(202);
                accepted.add(UUID.fromString(response.json().get("accountId").asString()));
            }
            assertThat(Verification.casesFor(accepted)).isZero();
        } finally {
            platform.startKafka();
        }

        long recovery = System.nanoTime();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500))
                .until(() -> Verification.casesFor(accepted) == REGISTRATIONS);
        System.out.printf("[e2e] broker outage: %d accepted while down, %d cases after recovery (%d ms), 0 lost%n",
                accepted.size(), Verification.casesFor(accepted),
                Duration.ofNanos(System.nanoTime() - recovery).toMillis());
        assertThat(Verification.casesFor(accepted)).isEqualTo(REGISTRATIONS);
    }
}
