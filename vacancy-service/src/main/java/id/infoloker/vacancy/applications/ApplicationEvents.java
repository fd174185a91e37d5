package id.infoloker.vacancy.applications;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.privacy.PersonalDataSeals;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * {@code application.status-changed.v1} for every move, through the outbox in the move's transaction. The employer's
 * notes to the job seeker travel sealed with the job seeker's key (crypto-shredding, like account events).
 */
@Component
class ApplicationEvents {

    private final Outbox outbox;
    private final PersonalDataSeals seals;

    ApplicationEvents(Outbox outbox, PersonalDataSeals seals) {
        this.outbox = outbox;
        this.seals = seals;
    }

    void statusChanged(ApplicationRepository.StoredApplication application, ApplicationStatus to, String reasonCode,
                       String note, Interview interview, Instant at) {
        ApplicationStatusChanged.Interview invitation = interview == null ? null
                : new ApplicationStatusChanged.Interview(interview.startsAt(), Interview.TIME_ZONE,
                        interview.durationMinutes(), interview.place(), interview.onlineLink(),
                        interview.contactName(), interview.contactPhone(), interview.note(), interview.sequence());
        outbox.publish(Topics.APPLICATION_STATUS_CHANGED, application.id(), seals.seal(new ApplicationStatusChanged(
                application.id(), application.vacancyId(), application.jobSeekerId(), application.vacancyTitle(),
                to.name(), application.status().name(), at, application.employerId(), application.companyName(),
                reasonCode, note, invitation)));
    }
}
