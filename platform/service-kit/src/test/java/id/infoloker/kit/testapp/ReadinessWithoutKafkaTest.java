package id.infoloker.kit.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.kit.outbox.OutboxRelay;
import id.infoloker.testkit.TestInfrastructure;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A broker outage is not a service outage: with Kafka unreachable the service stays in its Service (readiness UP),
 * keeps taking writes into the outbox, and the outbox's oldest-unsent age grows for the alert to see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = ReadinessWithoutKafkaTest.DatabaseButNoBroker.class)
@ActiveProfiles("test")
class ReadinessWithoutKafkaTest {

    @LocalManagementPort
    int managementPort;

    @Autowired
    KitTestApplication.VacancyCloser closer;

    @Autowired
    OutboxRelay relay;

    @Test
    void withTheBrokerAwayReadinessStaysUpWritesAreBufferedAndTheOutboxAgeGrows() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
        closer.close(UUID.randomUUID(), "CLOSED_BY_EMPLOYER", false);

        management.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.status").isEqualTo("DOWN");
        assertThat(relay.backlog()).isPositive();
        await().untilAsserted(() -> assertThat(relay.oldestUnsentAgeSeconds()).isGreaterThan(1.0));
    }

    /** The shared database, and a bootstrap address where nothing listens. */
    static class DatabaseButNoBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestInfrastructure infrastructure = TestInfrastructure.get();
            TestPropertyValues.of(
                    "spring.datasource.url=" + infrastructure.jdbcUrl("service_kit_nobroker_test"),
                    "spring.datasource.username=" + infrastructure.postgresUser(),
                    "spring.datasource.password=" + infrastructure.postgresPassword(),
                    "spring.kafka.bootstrap-servers=127.0.0.1:" + closedPort())
                    .applyTo(context);
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
