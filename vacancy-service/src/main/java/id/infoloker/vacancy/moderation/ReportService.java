package id.infoloker.vacancy.moderation;

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
    private final Clock clock;

    ReportService(VacancyReports reports, VacancyRepository vacancies, ReportThrottlePolicy throttle, Clock clock) {
        this.reports = reports;
        this.vacancies = vacancies;
        this.throttle = throttle;
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
        return id;
    }
}
