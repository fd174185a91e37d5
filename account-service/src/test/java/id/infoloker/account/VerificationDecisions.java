package id.infoloker.account;

import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Publishes {@code verification.decided.v1} as verification-service does, for tests of its consumer. */
public final class VerificationDecisions {

    public static void publish(KafkaTemplate<String, String> kafka, JsonMapper json, UUID eventId,
                               VerificationDecided decision) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.VERIFICATION_DECIDED,
                decision.accountId().toString(), json.writeValueAsString(decision));
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(EventHeaders.EVENT_TYPE, "VerificationDecided".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
    }

    private VerificationDecisions() {
    }
}
