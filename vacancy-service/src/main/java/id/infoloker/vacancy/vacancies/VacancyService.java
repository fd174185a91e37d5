package id.infoloker.vacancy.vacancies;

import id.infoloker.events.AccountType;
import id.infoloker.events.Topics;
import id.infoloker.events.VacancyClosed;
import id.infoloker.events.VacancyPublished;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.vacancy.accounts.AccountProjection;
import id.infoloker.vacancy.accounts.AccountProjection.ProjectedAccount;
import id.infoloker.vacancy.screening.FeeScreeningPolicy;
import id.infoloker.vacancy.screening.ScreeningDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An employer's vacancies through their lifecycle; every status change and its event commit together. */
@Service
public class VacancyService {

    public static final String CLOSED_BY_EMPLOYER = "CLOSED_BY_EMPLOYER";
    public static final String CLOSING_DATE_PASSED = "CLOSING_DATE_PASSED";
    public static final String REJECTED = "REJECTED";
    public static final String TAKEN_DOWN = "TAKEN_DOWN";

    private final VacancyRepository vacancies;
    private final AccountProjection accounts;
    private final VacancyInputPolicy input;
    private final FeeScreeningPolicy screening;
    private final OpenApplications openApplications;
    private final PostingBans bans;
    private final Outbox outbox;
    private final Clock clock;

    VacancyService(VacancyRepository vacancies, AccountProjection accounts, VacancyInputPolicy input,
                   FeeScreeningPolicy screening, OpenApplications openApplications, PostingBans bans, Outbox outbox,
                   Clock clock) {
        this.vacancies = vacancies;
        this.accounts = accounts;
        this.input = input;
        this.screening = screening;
        this.openApplications = openApplications;
        this.bans = bans;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Anyone with the EMPLOYER role may prepare drafts while verification is pending; publishing needs VERIFIED. */
    @Transactional
    public Vacancy createDraft(UUID employerId, VacancyRequest request) {
        input.check(request);
        UUID id = UUID.randomUUID();
        vacancies.insertDraft(id, employerId, request, Instant.now(clock));
        return vacancies.find(id).orElseThrow();
    }

    /**
     * Edits a draft, or a published vacancy: then the new text is screened again as on publishing, and a hit takes it
     * out of search into NEEDS_REVIEW (with the evidence) until an administrator releases it. A clean edit stays
     * published without a new vacancy.published.v1 (job alerts are for new vacancies, not edits).
     */
    @Transactional
    public Vacancy update(UUID employerId, UUID vacancyId, VacancyRequest request) {
        Vacancy vacancy = ownedForUpdate(employerId, vacancyId);
        if (vacancy.status() != VacancyStatus.DRAFT && vacancy.status() != VacancyStatus.PUBLISHED) {
            throw statusProblem(vacancy);
        }
        input.check(request);
        vacancies.update(vacancyId, request);
        if (vacancy.status() == VacancyStatus.PUBLISHED) {
            requireNotSuspended(employerId);
            ScreeningDecision decision = screening.screen(request.title(), request.description(),
                    request.requirements());
            if (decision.needsReview()) {
                vacancies.holdForReview(vacancyId, vacancy.companyName(), decision);
            }
        }
        return vacancies.find(vacancyId).orElseThrow();
    }

    /** A later closing date for a published vacancy. */
    @Transactional
    public Vacancy extend(UUID employerId, UUID vacancyId, java.time.LocalDate validThrough) {
        Vacancy vacancy = ownedForUpdate(employerId, vacancyId);
        requireStatus(vacancy, VacancyStatus.PUBLISHED);
        input.checkExtension(vacancy.closingDate(), validThrough);
        vacancies.extend(vacancyId, validThrough);
        return vacancies.find(vacancyId).orElseThrow();
    }

    /** Publishes a draft, or holds it for an administrator when the fee screening matches. */
    @Transactional
    public Vacancy publish(UUID employerId, UUID vacancyId) {
        Vacancy vacancy = ownedForUpdate(employerId, vacancyId);
        requireStatus(vacancy, VacancyStatus.DRAFT);
        ProjectedAccount employer = accounts.find(employerId)
                .filter(account -> account.isVerified(AccountType.EMPLOYER))
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "employer-not-verified"));
        requireNotSuspended(employerId);
        input.checkClosingDate(vacancy.closingDate());
        ScreeningDecision decision = screening.screen(vacancy.title(), vacancy.description(), vacancy.requirements());
        if (decision.needsReview()) {
            vacancies.holdForReview(vacancyId, employer.displayName(), decision);
        } else {
            goLive(vacancyId, employer.displayName());
        }
        return vacancies.find(vacancyId).orElseThrow();
    }

    @Transactional
    public Vacancy close(UUID employerId, UUID vacancyId) {
        Vacancy vacancy = ownedForUpdate(employerId, vacancyId);
        requireStatus(vacancy, VacancyStatus.PUBLISHED);
        closeNow(vacancy, CLOSED_BY_EMPLOYER, null);
        return vacancies.find(vacancyId).orElseThrow();
    }

    /** An administrator's decision on a held vacancy: release publishes it, reject closes it for good. */
    @Transactional
    public Vacancy review(UUID vacancyId, boolean release) {
        Vacancy vacancy = vacancies.findForUpdate(vacancyId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
        requireStatus(vacancy, VacancyStatus.NEEDS_REVIEW);
        if (release) {
            input.checkClosingDate(vacancy.closingDate());
            goLive(vacancyId, vacancy.companyName());
        } else {
            closeNow(vacancy, REJECTED, null);
        }
        return vacancies.find(vacancyId).orElseThrow();
    }

    public List<Vacancy> ofEmployer(UUID employerId) {
        return vacancies.ofEmployer(employerId);
    }

    public List<Vacancy> reviewQueue() {
        return vacancies.reviewQueue();
    }

    /** Another employer's vacancy is reported as not found: its existence is none of their business. */
    public Vacancy owned(UUID employerId, UUID vacancyId) {
        return vacancies.find(vacancyId).filter(vacancy -> vacancy.employerId().equals(employerId))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
    }

    /**
     * Closes with vacancy.closed.v1. Closed by its employer, taken down or rejected, the vacancy ends for good and
     * its open applications end with it (each job seeker told); when only the closing date passed, the employer still
     * works through the applications received, so they stay open.
     */
    void closeNow(Vacancy vacancy, String reason, String note) {
        Instant now = Instant.now(clock);
        vacancies.close(vacancy.id(), reason, now);
        outbox.publish(Topics.VACANCY_CLOSED, vacancy.id(),
                new VacancyClosed(vacancy.id(), vacancy.employerId(), reason, now, vacancy.title()));
        if (!CLOSING_DATE_PASSED.equals(reason)) {
            openApplications.closeAll(vacancy.id(), reason, note, now);
        }
    }

    /**
     * Staff take a vacancy down (published, hidden or held): closed as TAKEN_DOWN, the employer told through
     * vacancy.closed.v1 and every open applicant through their application's DITUTUP. The reviewer's note stays in
     * the moderation audit: it may quote a reporter, so applicants get the reason only.
     */
    @Transactional
    public Vacancy takeDown(UUID vacancyId) {
        Vacancy vacancy = vacancies.findForUpdate(vacancyId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
        if (vacancy.status() != VacancyStatus.PUBLISHED && vacancy.status() != VacancyStatus.HIDDEN
                && vacancy.status() != VacancyStatus.NEEDS_REVIEW) {
            throw statusProblem(vacancy);
        }
        closeNow(vacancy, TAKEN_DOWN, null);
        return vacancies.find(vacancyId).orElseThrow();
    }

    /** A suspended employer's published vacancies leave search (HIDDEN); @return how many. */
    @Transactional
    public int hideAllOf(UUID employerId) {
        return vacancies.setStatusOfEmployer(employerId, VacancyStatus.PUBLISHED, VacancyStatus.HIDDEN);
    }

    /** The suspension lifted: hidden vacancies are published again (the closing job ends those past their date). */
    @Transactional
    public int showAllOf(UUID employerId) {
        return vacancies.setStatusOfEmployer(employerId, VacancyStatus.HIDDEN, VacancyStatus.PUBLISHED);
    }

    private void requireNotSuspended(UUID employerId) {
        if (bans.isSuspended(employerId)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "employer-suspended");
        }
    }

    private void goLive(UUID vacancyId, String companyName) {
        Instant now = Instant.now(clock);
        vacancies.publish(vacancyId, companyName, now);
        Vacancy live = vacancies.find(vacancyId).orElseThrow();
        outbox.publish(Topics.VACANCY_PUBLISHED, vacancyId, new VacancyPublished(live.id(), live.employerId(),
                live.companyName(), live.title(), live.kecamatanCode(), live.minimumEducation(), live.employmentType(),
                live.salaryMin(), live.salaryMax(), live.closingDate(), now));
    }

    private Vacancy ownedForUpdate(UUID employerId, UUID vacancyId) {
        return vacancies.findForUpdate(vacancyId).filter(vacancy -> vacancy.employerId().equals(employerId))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
    }

    private static void requireStatus(Vacancy vacancy, VacancyStatus expected) {
        if (vacancy.status() != expected) {
            throw statusProblem(vacancy);
        }
    }

    private static ProblemException statusProblem(Vacancy vacancy) {
        return new ProblemException(HttpStatus.CONFLICT, "vacancy-status", vacancy.status().name())
                .with("currentStatus", vacancy.status().name());
    }
}
