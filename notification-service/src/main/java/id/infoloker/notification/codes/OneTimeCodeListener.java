package id.infoloker.notification.codes;

import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** One-time codes from account-service, each queued once through the kit's inbox. */
@Component
class OneTimeCodeListener {

    private final Inbox inbox;
    private final CodeDeliveries codes;

    OneTimeCodeListener(Inbox inbox, CodeDeliveries codes) {
        this.inbox = inbox;
        this.codes = codes;
    }

    @KafkaListener(topics = Topics.ACCOUNT_ONE_TIME_CODE_REQUESTED)
    void onCodeRequested(ConsumerRecord<String, String> record) {
        inbox.handle(record, OneTimeCodeRequested.class, (meta, event) -> codes.queue(meta.eventId(), event));
    }
}
