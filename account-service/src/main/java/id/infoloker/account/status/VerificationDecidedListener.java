package id.infoloker.account.status;

import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.privacy.PersonalDataSeals;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Verifiers' decisions (the note sealed with the person's key), de-duplicated by event id through the kit's inbox. */
@Component
class VerificationDecidedListener {

    private final Inbox inbox;
    private final AccountStatusService statuses;
    private final PersonalDataSeals seals;

    VerificationDecidedListener(Inbox inbox, AccountStatusService statuses, PersonalDataSeals seals) {
        this.inbox = inbox;
        this.statuses = statuses;
        this.seals = seals;
    }

    @KafkaListener(topics = Topics.VERIFICATION_DECIDED)
    void on(ConsumerRecord<String, String> record) {
        inbox.handle(record, VerificationDecided.class,
                decision -> statuses.apply(seals.open(decision)));
    }
}
