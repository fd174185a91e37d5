package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * One trace follows a registration: the trace id the client started is in the gateway's, account-service's and
 * verification-service's log lines and in the headers of the Kafka record that carried the event between them.
 */
class TraceAcrossServicesIT {

    @Test
    void aRegistrationsTraceIdIsInTheGatewayAccountAndVerificationLogsAndTheKafkaRecord() {
        Devstack platform = RunningPlatform.get();
        byte[] random = new byte[24];
        ThreadLocalRandom.current().nextBytes(random);
        String hex = HexFormat.of().formatHex(random);
        String traceId = hex.substring(0, 32);
        String traceparent = "00-" + traceId + "-" + hex.substring(32, 48) + "-01";

        Api.Response response = new Api(platform.gatewayUrl())
                .postInTrace("/api/accounts/job-seekers", JobSeekers.newRegistration(), traceparent);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String accountId = response.json().get("accountId").asString();

        assertThat(traceparentOfRecord(platform.kafkaBootstrapServers(), "account.registered.v1", accountId))
                .startsWith("00-" + traceId + "-");
        for (String service : List.of("gateway", "account-service", "verification-service")) {
            await().atMost(Duration.ofSeconds(60)).alias(service + " log").untilAsserted(() ->
                    assertThat(Files.readString(platform.logFile(service), StandardCharsets.UTF_8))
                            .as("%s log lines carry trace id %s", service, traceId).contains(traceId));
        }
    }

    private static String traceparentOfRecord(String bootstrap, String topic, String key) {
        AtomicReference<String> traceparent = new AtomicReference<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-trace-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).alias(topic).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    Header header = record.headers().lastHeader("traceparent");
                    if (key.equals(record.key()) && header != null) {
                        traceparent.set(new String(header.value(), StandardCharsets.UTF_8));
                    }
                });
                return traceparent.get() != null;
            });
        }
        return traceparent.get();
    }
}
