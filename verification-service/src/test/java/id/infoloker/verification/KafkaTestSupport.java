package id.infoloker.verification;

import id.infoloker.testkit.TestKafka;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** The test kit's raw Kafka access, bound to this service's consumer group. */
final class KafkaTestSupport {

    static final String GROUP = "verification-service";

    /** Sends a record; {@code eventId} null means "no event-id header". */
    static RecordMetadata send(String topic, String key, String value, String eventId) {
        return TestKafka.send(topic, key, value, eventId);
    }

    static RecordMetadata send(String topic, String key, String value) {
        return TestKafka.send(topic, key, value);
    }

    /** Waits until this service has committed past {@code record}: it was processed (or dead-lettered). */
    static void awaitConsumed(RecordMetadata record) {
        TestKafka.awaitConsumed(GROUP, record);
    }

    static ConsumerRecord<String, String> readUntil(String topic, Predicate<ConsumerRecord<String, String>> wanted) {
        return TestKafka.readUntil(topic, wanted);
    }

    static Optional<String> header(ConsumerRecord<String, String> record, String name) {
        return TestKafka.header(record, name);
    }

    private KafkaTestSupport() {
    }
}
