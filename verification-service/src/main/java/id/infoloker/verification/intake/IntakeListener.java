package id.infoloker.verification.intake;

import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes registrations and document submissions; the kit's inbox makes each event take effect once. */
@Component
class IntakeListener {

    private final Inbox inbox;
    private final CaseIntake intake;

    IntakeListener(Inbox inbox, CaseIntake intake) {
        this.inbox = inbox;
        this.intake = intake;
    }

    @KafkaListener(topics = Topics.ACCOUNT_REGISTERED)
    void onRegistered(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountRegistered.class, intake::open);
    }

    @KafkaListener(topics = Topics.ACCOUNT_DOCUMENTS_SUBMITTED)
    void onDocumentsSubmitted(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountDocumentsSubmitted.class, intake::recordDocuments);
    }
}
