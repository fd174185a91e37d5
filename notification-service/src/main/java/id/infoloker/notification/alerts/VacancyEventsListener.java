package id.infoloker.notification.alerts;

import id.infoloker.events.Topics;
import id.infoloker.events.VacancyPublished;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Published vacancies, announced to matching job alerts once through the kit's inbox. */
@Component
class VacancyEventsListener {

    private final Inbox inbox;
    private final VacancyAlertFanOut fanOut;

    VacancyEventsListener(Inbox inbox, VacancyAlertFanOut fanOut) {
        this.inbox = inbox;
        this.fanOut = fanOut;
    }

    @KafkaListener(topics = Topics.VACANCY_PUBLISHED)
    void onPublished(ConsumerRecord<String, String> record) {
        inbox.handle(record, VacancyPublished.class, (meta, vacancy) -> {
            if (vacancy.vacancyId() == null) {
                throw new MalformedEventException("VacancyPublished without vacancyId");
            }
            fanOut.announce(meta.eventId(), vacancy);
        });
    }
}
