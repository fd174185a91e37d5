package id.infoloker.account.applicants;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** vacancy-service's application events, de-duplicated by event id through the kit's inbox. */
@Component
class ApplicationEventsListener {

    private final Inbox inbox;
    private final ApplicantAccess access;

    ApplicationEventsListener(Inbox inbox, ApplicantAccess access) {
        this.inbox = inbox;
        this.access = access;
    }

    @KafkaListener(topics = Topics.APPLICATION_SUBMITTED)
    void submitted(ConsumerRecord<String, String> record) {
        inbox.handle(record, ApplicationSubmitted.class, access::submitted);
    }

    @KafkaListener(topics = Topics.APPLICATION_STATUS_CHANGED)
    void statusChanged(ConsumerRecord<String, String> record) {
        inbox.handle(record, ApplicationStatusChanged.class, access::statusChanged);
    }
}
