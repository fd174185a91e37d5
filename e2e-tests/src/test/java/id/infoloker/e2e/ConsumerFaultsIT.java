package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.devstack.Devstack;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Consumers against the running platform: duplicates have one effect, poison records go to the dead-letter topic. */
class ConsumerFaultsIT {

    @Test
    void theSameEventDeliveredTwiceCreatesOneCase() {
        UUID accountId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String payload = registered(accountId);

        produce(Topics.ACCOUNT_REGISTERED, accountId.toString(), payload, eventId);
        produce(Topics.ACCOUNT_REGISTERED, accountId.toString(), payload, eventId);
        UUID marker = UUID.randomUUID();
        // Same key, same partition: once the marker's case exists, both copies before it have been consumed.
        produce(Topics.ACCOUNT_REGISTERED, accountId.toString(), registered(marker), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(60)).until(() -> Verification.casesFor(List.of(marker)) == 1);
        assertThat(Verification.casesFor(List.of(accountId))).isEqualTo(1);
    }

    @Test
    void aMalformedRecordLandsOnItsDeadLetterTopicAndTheConsumerKeepsGoing() {
        String key = UUID.randomUUID().toString();
        produce(Topics.ACCOUNT_REGISTERED, key, "{\"accountId\": \"not-a-uuid\", ", UUID.randomUUID().toString());
        UUID after = UUID.randomUUID();
        produce(Topics.ACCOUNT_REGISTERED, key, registered(after), UUID.randomUUID().toString());

        assertThat(readDeadLetter(Topics.deadLetterOf(Topics.ACCOUNT_REGISTERED), key)).isNotEmpty();
        await().atMost(Duration.ofSeconds(60)).until(() -> Verification.casesFor(List.of(after)) == 1);
    }

    private static String registered(UUID accountId) {
        AccountRegistered event = new AccountRegistered(accountId, AccountType.JOB_SEEKER, "Dewi Lestari",
                "dewi." + accountId + "@example.id", "+6281298765432", "id", "321503",
                new AccountRegistered.JobSeeker("3215036002990007", "Karawang", LocalDate.of(1999, 2, 20), "F",
                        "SMA"),
                null, Instant.now());
        return Api.JSON.writeValueAsString(event);
    }

    private static void produce(String topic, String key, String value, String eventId) {
        Devstack platform = RunningPlatform.get();
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            record.headers().add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ConsumerRecord<String, String>> readDeadLetter(String topic, String key) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RunningPlatform.get().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
        }
        return found;
    }
}
