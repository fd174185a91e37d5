package id.infoloker.vacancy.moderation;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.vacancy.accounts.AccountProjection;
import id.infoloker.vacancy.screening.FeeScreeningPolicy;
import id.infoloker.vacancy.vacancies.Vacancy;
import id.infoloker.vacancy.vacancies.VacancyRepository;
import id.infoloker.vacancy.vacancies.VacancyService;
import id.infoloker.vacancy.vacancies.VacancyStatus;
import id.infoloker.vacancy.vacancies.VacancyView;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff decisions on vacancies and employers. Each decision and its audit row commit together; the audit keeps who
 * decided what, why and with which note, and cannot be rewritten.
 */
@Service
class ModerationService {

    private static final int QUEUE_SIZE = 50;
    private static final int HISTORY_SIZE = 50;

    private final VacancyService vacancyService;
    private final VacancyRepository vacancies;
    private final VacancyReports reports;
    private final EmployerSuspensions suspensions;
    private final ModerationAudit audit;
    private final AccountProjection accounts;
    private final FeeScreeningPolicy screening;
    private final Clock clock;

    ModerationService(VacancyService vacancyService, VacancyRepository vacancies, VacancyReports reports,
                      EmployerSuspensions suspensions, ModerationAudit audit, AccountProjection accounts,
                      FeeScreeningPolicy screening, Clock clock) {
        this.vacancyService = vacancyService;
        this.vacancies = vacancies;
        this.reports = reports;
        this.suspensions = suspensions;
        this.audit = audit;
        this.accounts = accounts;
        this.screening = screening;
        this.clock = clock;
    }

    /** The held vacancy released or rejected, with the reviewer's note in the audit. */
    @Transactional
    Vacancy review(UUID actorId, UUID vacancyId, boolean release, String note) {
        Vacancy reviewed = vacancyService.review(vacancyId, release);
        audit.append(actorId, release ? ModerationAudit.Action.RELEASE : ModerationAudit.Action.REJECT, vacancyId,
                reviewed.employerId(), null, note, Instant.now(clock));
        return reviewed;
    }

    @Transactional
    Vacancy takeDown(UUID actorId, UUID vacancyId, ModerationRequest request) {
        Vacancy closed = vacancyService.takeDown(vacancyId);
        Instant now = Instant.now(clock);
        reports.resolveAllOf(vacancyId, ModerationAudit.Action.TAKE_DOWN.name(), now);
        audit.append(actorId, ModerationAudit.Action.TAKE_DOWN, vacancyId, closed.employerId(),
                request.reasonCode().name(), request.note().strip(), now);
        return closed;
    }

    /** No new posts, its published vacancies hidden; 409 if already suspended. */
    @Transactional
    EmployerHistory suspend(UUID actorId, UUID employerId, ModerationRequest request) {
        requireEmployer(employerId);
        Instant now = Instant.now(clock);
        if (!suspensions.insert(employerId, request.reasonCode().name(), request.note().strip(), actorId, now)) {
            throw new ProblemException(HttpStatus.CONFLICT, "employer-already-suspended");
        }
        vacancyService.hideAllOf(employerId);
        audit.append(actorId, ModerationAudit.Action.SUSPEND, null, employerId, request.reasonCode().name(),
                request.note().strip(), now);
        return history(employerId);
    }

    @Transactional
    EmployerHistory lift(UUID actorId, UUID employerId, NoteRequest request) {
        if (!suspensions.delete(employerId)) {
            throw new ProblemException(HttpStatus.CONFLICT, "employer-not-suspended");
        }
        vacancyService.showAllOf(employerId);
        audit.append(actorId, ModerationAudit.Action.LIFT_SUSPENSION, null, employerId, null, request.note().strip(),
                Instant.now(clock));
        return history(employerId);
    }

    @Transactional
    void note(UUID actorId, UUID vacancyId, NoteRequest request) {
        Vacancy vacancy = vacancies.find(vacancyId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
        audit.append(actorId, ModerationAudit.Action.NOTE, vacancyId, vacancy.employerId(), null,
                request.note().strip(), Instant.now(clock));
    }

    /** The reports were unfounded: resolved without a take-down, the reason in the audit. */
    @Transactional
    void dismissReports(UUID actorId, UUID vacancyId, NoteRequest request) {
        Vacancy vacancy = vacancies.find(vacancyId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
        Instant now = Instant.now(clock);
        if (reports.resolveAllOf(vacancyId, ModerationAudit.Action.DISMISS_REPORTS.name(), now) == 0) {
            throw new ProblemException(HttpStatus.CONFLICT, "no-open-reports");
        }
        audit.append(actorId, ModerationAudit.Action.DISMISS_REPORTS, vacancyId, vacancy.employerId(), null,
                request.note().strip(), now);
    }

    /**
     * The report queue: each reported vacancy with its reports, what the fee screening finds in its current text
     * (published vacancies passed once, but the reviewer sees what a rule would still flag) and its employer's history.
     */
    @Transactional(readOnly = true)
    List<ReportedVacancy> queue() {
        return reports.queue(QUEUE_SIZE).stream().map(vacancies::find).flatMap(java.util.Optional::stream)
                .map(vacancy -> new ReportedVacancy(VacancyView.of(vacancy),
                        screening.screen(vacancy.title(), vacancy.description(), vacancy.requirements()).evidence(),
                        reports.openOf(vacancy.id()), history(vacancy.employerId())))
                .toList();
    }

    @Transactional(readOnly = true)
    EmployerHistory history(UUID employerId) {
        List<Vacancy> own = vacancies.ofEmployer(employerId);
        Map<String, Long> byStatus = new TreeMap<>();
        for (VacancyStatus status : VacancyStatus.values()) {
            byStatus.put(status.name(), 0L);
        }
        own.forEach(vacancy -> byStatus.merge(vacancy.status().name(), 1L, Long::sum));
        long takenDown = own.stream().filter(vacancy -> VacancyService.TAKEN_DOWN.equals(vacancy.closeReason()))
                .count();
        var account = accounts.find(employerId);
        return new EmployerHistory(employerId, account.map(AccountProjection.ProjectedAccount::displayName)
                .orElse(null), account.map(AccountProjection.ProjectedAccount::status).orElse(null),
                suspensions.find(employerId).orElse(null), byStatus, takenDown, reports.countOfEmployer(employerId),
                own.stream().limit(HISTORY_SIZE).map(VacancySummary::of).toList(),
                audit.ofEmployer(employerId, HISTORY_SIZE));
    }

    private void requireEmployer(UUID employerId) {
        accounts.find(employerId).filter(account -> "EMPLOYER".equals(account.accountType()))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "employer-not-found"));
    }

    record ReportedVacancy(VacancyView vacancy, List<id.infoloker.vacancy.screening.ScreeningEvidence>
            screeningEvidenceNow, List<VacancyReports.ReportView> reports, EmployerHistory employer) {
    }

    /** What staff need to judge an employer: standing, vacancies by status, take-downs, reports, past decisions. */
    record EmployerHistory(UUID employerId, String companyName, String accountStatus,
                           EmployerSuspensions.Suspension suspension, Map<String, Long> vacanciesByStatus,
                           long takenDown, long reportsReceived, List<VacancySummary> vacancies,
                           List<ModerationAudit.Entry> decisions) {
    }

    record VacancySummary(UUID id, String title, String status, String closeReason, Instant createdAt) {

        static VacancySummary of(Vacancy vacancy) {
            return new VacancySummary(vacancy.id(), vacancy.title(), vacancy.status().name(), vacancy.closeReason(),
                    vacancy.createdAt());
        }
    }
}
