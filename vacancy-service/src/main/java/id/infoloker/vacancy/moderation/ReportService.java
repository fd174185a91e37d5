package id.infoloker.vacancy.moderation;

import id.infoloker.events.Topics;
import id.infoloker.events.VacancyReported;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.vacancy.vacancies.VacancyRepository;
import id.infoloker.vacancy.vacancies.VacancyStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "Laporkan lowongan": anyone may report a published vacancy, within {@link ReportThrottlePolicy}'s limits. */
@Service
class ReportService {

    private final VacancyReports reports;
    private final VacancyRepository vacancies;
    private final ReportThrottlePolicy throttle;
    private final Outbox outbox;
    private final Clock clock;

    ReportService(VacancyReports reports, VacancyRepository vacancies, ReportThrottlePolicy throttle, Outbox outbox,
                  Clock clock) {
        this.reports = reports;
        this.vacancies = vacancies;
        this.throttle = throttle;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    UUID report(UUID vacancyId, ReportRequest request, UUID reporterAccountId, String reporterKey) {
        vacancies.find(vacancyId).filter(vacancy -> vacancy.status() == VacancyStatus.PUBLISHED)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
        if (request.reasonCode() == ReportReason.OTHER && request.textOrNull() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "report-text-required").onField("text");
        }
        Instant now = Instant.now(clock);
        var decision = throttle.decide(reports.lockRecentOf(reporterKey, now.minus(ReportThrottlePolicy.WINDOW)),
                reports.reportedSince(reporterKey, vacancyId, now.minus(ReportThrottlePolicy.SAME_VACANCY)), now);
        switch (decision.outcome()) {
            case ALREADY_REPORTED -> throw new ProblemException(HttpStatus.CONFLICT, "already-reported");
            case TOO_MANY -> throw new ProblemException(HttpStatus.TOO_MANY_REQUESTS, "report-rate-limited")
                    .with("retryAfterSeconds", decision.retryAfterSeconds());
            case ALLOWED -> { }
        }
        UUID id = UUID.randomUUID();
        reports.insert(id, vacancyId, request, reporterAccountId, reporterKey, now);
        // The office's monthly report counts reports by reason; who reported and what they wrote stay here.
        outbox.publish(Topics.VACANCY_REPORTED, vacancyId,
                new VacancyReported(id, vacancyId, request.reasonCode().name(), now));
        return id;
    }
}
