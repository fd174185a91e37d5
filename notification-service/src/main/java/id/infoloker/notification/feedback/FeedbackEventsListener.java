package id.infoloker.notification.feedback;

import id.infoloker.events.FeedbackReplied;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.notification.notify.Announcement;
import id.infoloker.notification.notify.Notifier;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** The office's reply to someone's feedback reaches them in the app and on their channels. */
@Component
class FeedbackEventsListener {

    static final String REPLIED = "FEEDBACK_REPLIED";

    private final Inbox inbox;
    private final Notifier notifier;

    FeedbackEventsListener(Inbox inbox, Notifier notifier) {
        this.inbox = inbox;
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.FEEDBACK_REPLIED)
    void onReplied(ConsumerRecord<String, String> record) {
        inbox.handle(record, FeedbackReplied.class, (meta, replied) -> {
            if (replied.accountId() == null || replied.reply() == null) {
                throw new MalformedEventException("FeedbackReplied without accountId or reply");
            }
            notifier.notify(new Announcement(meta.eventId(), replied.accountId(), REPLIED, null,
                    replied.repliedAt(), null, locale -> Map.of("reply", replied.reply())));
        });
    }
}
