package id.infoloker.notification.applications;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.Topics;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.notification.contact.Contact;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.notification.notify.Announcement;
import id.infoloker.notification.notify.Notifier;
import id.infoloker.notification.templates.PortalLinks;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.MessageSource;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applications: the employer hears of each new one, the job seeker of each status change ({@link ApplicationNotices}). Names come from this
 * service's contact projection (an applicant not yet projected is "a job seeker"). The employer's notes arrive sealed
 * with the job seeker's key and are opened here.
 */
@Component
class ApplicationEventsListener {

    static final String SUBMITTED = "APPLICATION_SUBMITTED";

    private final Inbox inbox;
    private final Notifier notifier;
    private final ContactDirectory contacts;
    private final MessageSource messages;
    private final ApplicationNotices notices;
    private final PersonalDataSeals seals;

    ApplicationEventsListener(Inbox inbox, Notifier notifier, ContactDirectory contacts, MessageSource messages,
                              ApplicationNotices notices, PersonalDataSeals seals) {
        this.notices = notices;
        this.seals = seals;
        this.inbox = inbox;
        this.notifier = notifier;
        this.contacts = contacts;
        this.messages = messages;
    }

    @KafkaListener(topics = Topics.APPLICATION_SUBMITTED)
    void onSubmitted(ConsumerRecord<String, String> record) {
        inbox.handle(record, ApplicationSubmitted.class, (meta, submitted) -> {
            if (submitted.employerId() == null || submitted.applicationId() == null) {
                throw new MalformedEventException("ApplicationSubmitted without employerId or applicationId");
            }
            String applicant = submitted.jobSeekerId() == null ? null
                    : contacts.find(submitted.jobSeekerId()).map(Contact::displayName).orElse(null);
            notifier.notify(new Announcement(meta.eventId(), submitted.employerId(), SUBMITTED, null,
                    submitted.submittedAt(), PortalLinks.employerApplication(submitted.applicationId()), locale -> {
                        Map<String, Object> variables = new HashMap<>();
                        variables.put("vacancyTitle", submitted.vacancyTitle());
                        variables.put("applicationId", submitted.applicationId());
                        variables.put("applicant", applicant != null ? applicant
                                : messages.getMessage("application.someone", null, locale));
                        return variables;
                    }, submitted.jobSeekerId()));
        });
    }

    @KafkaListener(topics = Topics.APPLICATION_STATUS_CHANGED)
    void onStatusChanged(ConsumerRecord<String, String> record) {
        inbox.handle(record, ApplicationStatusChanged.class, (meta, sealed) -> {
            if (sealed.jobSeekerId() == null || sealed.applicationId() == null || sealed.status() == null) {
                throw new MalformedEventException("ApplicationStatusChanged without jobSeekerId, id or status");
            }
            notices.of(meta.eventId(), seals.open(sealed)).ifPresent(notifier::notify);
        });
    }
}
