package id.infoloker.notification.ak1;

import id.infoloker.events.Ak1ReportDue;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.notification.notify.Announcement;
import id.infoloker.notification.notify.Notifier;
import id.infoloker.notification.templates.PortalLinks;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reminds an AK/1 holder that the six-monthly re-report ("lapor") is due, in the app and on their channels. The notice
 * names no card number (the event carries none); an older record that still has one is read all the same, the field
 * ignored.
 */
@Component
class Ak1EventsListener {

    static final String REPORT_DUE = "AK1_REPORT_DUE";

    private final Inbox inbox;
    private final Notifier notifier;

    Ak1EventsListener(Inbox inbox, Notifier notifier) {
        this.inbox = inbox;
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.AK1_REPORT_DUE)
    void onReportDue(ConsumerRecord<String, String> record) {
        inbox.handle(record, Ak1ReportDue.class, (meta, due) -> {
            if (due.accountId() == null || due.dueOn() == null) {
                throw new MalformedEventException("Ak1ReportDue without accountId or dueOn");
            }
            notifier.notify(new Announcement(meta.eventId(), due.accountId(), REPORT_DUE, null, due.remindedAt(),
                    PortalLinks.STATUS, locale -> Map.of(
                            "dueOn", DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(due.dueOn()))));
        });
    }
}
