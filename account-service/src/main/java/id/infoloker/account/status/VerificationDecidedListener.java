package id.infoloker.account.status;

import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Verifiers' decisions, de-duplicated by event id through the kit's inbox. */
@Component
class VerificationDecidedListener {

    private final Inbox inbox;
    private final AccountStatusService statuses;

    VerificationDecidedListener(Inbox inbox, AccountStatusService statuses) {
        this.inbox = inbox;
        this.statuses = statuses;
    }

    @KafkaListener(topics = Topics.VERIFICATION_DECIDED)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, VerificationDecided.class, statuses::apply);
    }
}
