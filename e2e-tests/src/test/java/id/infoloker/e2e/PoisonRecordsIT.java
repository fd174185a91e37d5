package id.infoloker.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Fault drill: one poison record (not JSON) on every consumed topic. Each lands on its {@code .dlt} and every consumer
 * group of that topic moves past it: its lag on the topic returns to 0.
 */
class PoisonRecordsIT {

    /** Every topic some service consumes, with the consumer groups (spring.application.name) that subscribe to it. */
    static final Map<String, List<String>> CONSUMERS = Map.of(
            Topics.ACCOUNT_REGISTERED, List.of("verification-service", "notification-service", "vacancy-service"),
            Topics.ACCOUNT_DOCUMENTS_SUBMITTED, List.of("verification-service"),
            Topics.VERIFICATION_DECIDED, List.of("account-service"),
            Topics.ACCOUNT_STATUS_CHANGED, List.of("notification-service", "vacancy-service"),
            Topics.VACANCY_PUBLISHED, List.of("notification-service"),
            Topics.APPLICATION_SUBMITTED, List.of("notification-service"),
            Topics.APPLICATION_STATUS_CHANGED, List.of("notification-service"));

    @Test
    void aPoisonRecordOnEveryConsumedTopicLandsOnItsDeadLetterTopicAndLagReturnsToZero() throws Exception {
        String bootstrap = RunningPlatform.get().kafkaBootstrapServers();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, RecordMetadata> poison = new LinkedHashMap<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (String topic : CONSUMERS.keySet()) {
                String key = "poison-" + UUID.randomUUID();
                ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, "<<not json>> " + key);
                record.headers().add(EventHeaders.EVENT_ID,
                        UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                keys.put(topic, key);
                poison.put(topic, producer.send(record).get());
            }
        }

        for (String topic : CONSUMERS.keySet()) {
            awaitOnDeadLetterTopic(bootstrap, Topics.deadLetterOf(topic), keys.get(topic));
        }
        long deadLettered = Duration.ofNanos(System.nanoTime() - start).toMillis();

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> totalLag(admin, poison) == 0);
        }
        System.out.printf("[drill] poison records: topics=%d, on .dlt=%d (%d ms), consumer lag=0 after %d ms%n",
                CONSUMERS.size(), keys.size(), deadLettered, Duration.ofNanos(System.nanoTime() - start).toMillis());
    }

    /**
     * Sum over every (group, consumed topic) of latest offset minus committed offset, for partitions the group has
     * committed; a group that has not yet committed past its topic's poison record counts as lagging.
     */
    private static long totalLag(Admin admin, Map<String, RecordMetadata> poison) throws Exception {
        long lag = 0;
        for (var entry : CONSUMERS.entrySet()) {
            String topic = entry.getKey();
            RecordMetadata poisonRecord = poison.get(topic);
            TopicPartition poisonPartition = new TopicPartition(topic, poisonRecord.partition());
            for (String group : entry.getValue()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                OffsetAndMetadata pastPoison = committed.get(poisonPartition);
                if (pastPoison == null || pastPoison.offset() <= poisonRecord.offset()) {
                    lag++;
                    continue;
                }
                Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
                committed.forEach((partition, offset) -> {
                    if (partition.topic().equals(topic) && offset != null) {
                        latest.put(partition, OffsetSpec.latest());
                    }
                });
                ListOffsetsResult ends = admin.listOffsets(latest);
                for (TopicPartition partition : latest.keySet()) {
                    lag += ends.partitionResult(partition).get().offset() - committed.get(partition).offset();
                }
            }
        }
        return lag;
    }

    private static void awaitOnDeadLetterTopic(String bootstrap, String deadLetterTopic, String key) {
        AtomicBoolean found = new AtomicBoolean();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(deadLetterTopic));
            await().atMost(Duration.ofSeconds(60)).alias(deadLetterTopic).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.set(true);
                    }
                });
                return found.get();
            });
        }
        assertThat(found).isTrue();
    }
}
