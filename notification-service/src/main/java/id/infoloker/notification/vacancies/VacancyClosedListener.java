package id.infoloker.notification.vacancies;

import id.infoloker.events.Topics;
import id.infoloker.events.VacancyClosed;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.notification.notify.Announcement;
import id.infoloker.notification.notify.Notifier;
import id.infoloker.notification.templates.PortalLinks;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Tells an employer when staff ended their vacancy: taken down (VACANCY_TAKEN_DOWN) or not released from review
 * (VACANCY_REJECTED). Closings the employer made, or the closing date, need no notice. The applicants hear through
 * their applications' DITUTUP.
 */
@Component
class VacancyClosedListener {

    private final Inbox inbox;
    private final Notifier notifier;

    VacancyClosedListener(Inbox inbox, Notifier notifier) {
        this.inbox = inbox;
        this.notifier = notifier;
    }

    @KafkaListener(topics = Topics.VACANCY_CLOSED)
    void onClosed(ConsumerRecord<String, String> record) {
        inbox.handle(record, VacancyClosed.class, (meta, closed) -> {
            if (closed.vacancyId() == null || closed.employerId() == null) {
                throw new MalformedEventException("VacancyClosed without vacancyId or employerId");
            }
            String kind = switch (String.valueOf(closed.reason())) {
                case "TAKEN_DOWN" -> "VACANCY_TAKEN_DOWN";
                case "REJECTED" -> "VACANCY_REJECTED";
                default -> null;
            };
            if (kind != null) {
                notifier.notify(new Announcement(meta.eventId(), closed.employerId(), kind, null, closed.closedAt(),
                        PortalLinks.employerVacancy(closed.vacancyId()), locale -> {
                            Map<String, Object> variables = new HashMap<>();
                            variables.put("vacancyTitle", closed.title());
                            variables.put("vacancyId", closed.vacancyId());
                            return variables;
                        }));
            }
        });
    }
}
