package id.infoloker.vacancy.applications;

import id.infoloker.vacancy.vacancies.OpenApplications;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * When a vacancy ends for good (closed by its employer, taken down, rejected in review), every application still open
 * becomes DITUTUP with the vacancy's reason, and its job seeker is told through {@code application.status-changed.v1}.
 * Runs in the closing's transaction: the vacancy and its applications change together or not at all.
 */
@Component
class ApplicationClosing implements OpenApplications {

    private final ApplicationRepository applications;
    private final ApplicationEvents events;

    ApplicationClosing(ApplicationRepository applications, ApplicationEvents events) {
        this.applications = applications;
        this.events = events;
    }

    @Override
    public int closeAll(UUID vacancyId, String reason, String note, Instant at) {
        var open = applications.lockOpenOf(vacancyId);
        for (var application : open) {
            applications.changeStatus(application.id(), ApplicationStatus.DITUTUP, reason, note, at);
            events.statusChanged(application, ApplicationStatus.DITUTUP, reason, note, null, at);
        }
        return open.size();
    }
}
