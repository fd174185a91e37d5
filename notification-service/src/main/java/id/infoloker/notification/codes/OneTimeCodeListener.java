package id.infoloker.notification.codes;

import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.privacy.PersonalDataSeals;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * One-time codes from account-service, each queued once through the kit's inbox. Code and address are sealed with the
 * person's key; a code for someone erased since opens no more and is dropped.
 */
@Component
class OneTimeCodeListener {

    private final Inbox inbox;
    private final CodeDeliveries codes;
    private final PersonalDataSeals seals;

    OneTimeCodeListener(Inbox inbox, CodeDeliveries codes, PersonalDataSeals seals) {
        this.inbox = inbox;
        this.codes = codes;
        this.seals = seals;
    }

    @KafkaListener(topics = Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED)
    void onCodeRequested(ConsumerRecord<String, String> record) {
        inbox.handle(record, OneTimeCodeRequested.class, (meta, sealed) -> seals.open(sealed)
                .ifPresent(event -> codes.queue(meta.eventId(), event)));
    }
}
