package id.infoloker.notification.accounts;

import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Account events, each taking effect once through the kit's inbox (which also hands over the event id). */
@Component
class AccountEventsListener {

    private final Inbox inbox;
    private final AccountNotices notices;

    AccountEventsListener(Inbox inbox, AccountNotices notices) {
        this.inbox = inbox;
        this.notices = notices;
    }

    @KafkaListener(topics = Topics.ACCOUNT_REGISTERED)
    void onRegistered(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountRegistered.class, (meta, event) -> notices.registered(meta.eventId(), event));
    }

    @KafkaListener(topics = Topics.ACCOUNT_CONTACT_CHANGED)
    void onContactChanged(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountContactChanged.class, (meta, event) -> notices.contactChanged(event));
    }

    @KafkaListener(topics = Topics.ACCOUNT_STATUS_CHANGED)
    void onStatusChanged(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountStatusChanged.class,
                (meta, event) -> notices.statusChanged(meta.eventId(), event));
    }
}
