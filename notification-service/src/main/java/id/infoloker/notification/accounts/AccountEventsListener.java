package id.infoloker.notification.accounts;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Account events, each taking effect once through the kit's inbox. */
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
        inbox.handle(record, AccountRegistered.class, event -> notices.registered(eventIdOf(record), event));
    }

    @KafkaListener(topics = Topics.ACCOUNT_STATUS_CHANGED)
    void onStatusChanged(ConsumerRecord<String, String> record) {
        inbox.handle(record, AccountStatusChanged.class, event -> notices.statusChanged(eventIdOf(record), event));
    }

    /** The inbox has already checked the header before running the effect; the notification key needs it too. */
    private static UUID eventIdOf(ConsumerRecord<String, String> record) {
        return UUID.fromString(new String(record.headers().lastHeader(EventHeaders.EVENT_ID).value(),
                StandardCharsets.UTF_8));
    }
}
