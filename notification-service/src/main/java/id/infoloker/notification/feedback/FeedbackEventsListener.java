package id.infoloker.notification.feedback;

import id.infoloker.events.FeedbackReplied;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.notification.notify.Announcement;
import id.infoloker.notification.notify.Notifier;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The office's reply to someone's feedback reaches them in the app and on their channels. The reply is sealed with the
 * person's key: once they are erased it opens no more, and there is nobody to tell.
 */
@Component
class FeedbackEventsListener {

    static final String REPLIED = "FEEDBACK_REPLIED";

    private final Inbox inbox;
    private final Notifier notifier;
    private final PersonalDataSeals seals;

    FeedbackEventsListener(Inbox inbox, Notifier notifier, PersonalDataSeals seals) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.seals = seals;
    }

    @KafkaListener(topics = Topics.FEEDBACK_REPLIED)
    void onReplied(ConsumerRecord<String, String> record) {
        inbox.handle(record, FeedbackReplied.class, (meta, sealed) -> {
            if (sealed.accountId() == null) {
                throw new MalformedEventException("FeedbackReplied without accountId");
            }
            FeedbackReplied replied = seals.open(sealed).orElse(null);
            if (replied == null) {
                return;
            }
            if (replied.reply() == null) {
                throw new MalformedEventException("FeedbackReplied without reply");
            }
            notifier.notify(new Announcement(meta.eventId(), replied.accountId(), REPLIED, null,
                    replied.repliedAt(), null, locale -> Map.of("reply", replied.reply())));
        });
    }
}
