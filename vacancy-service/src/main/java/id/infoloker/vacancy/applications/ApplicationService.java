package id.infoloker.vacancy.applications;

import id.infoloker.events.AccountType;
import id.infoloker.events.ApplicationSubmitted;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.vacancy.accounts.AccountProjection;
import id.infoloker.vacancy.vacancies.Vacancy;
import id.infoloker.vacancy.vacancies.VacancyInputPolicy;
import id.infoloker.vacancy.vacancies.VacancyRepository;
import id.infoloker.vacancy.vacancies.VacancyService;
import id.infoloker.vacancy.vacancies.VacancyStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications through their pipeline. Whoever is neither the job seeker nor the vacancy's employer gets a 404 for any
 * application id, guessed or not: its existence is none of their business.
 */
@Service
public class ApplicationService {

    static final String WITHDRAWN = "WITHDRAWN";

    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final VacancyService vacancyService;
    private final AccountProjection accounts;
    private final ApplicationTransitionPolicy transitions;
    private final InterviewPolicy interviews;
    private final ApplicationEvents events;
    private final Outbox outbox;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, VacancyRepository vacancies, VacancyService vacancyService,
                       AccountProjection accounts, ApplicationTransitionPolicy transitions, InterviewPolicy interviews,
                       ApplicationEvents events, Outbox outbox, Clock clock) {
        this.applications = applications;
        this.vacancies = vacancies;
        this.vacancyService = vacancyService;
        this.accounts = accounts;
        this.transitions = transitions;
        this.interviews = interviews;
        this.events = events;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Once per job seeker and vacancy; a second submit, concurrent or not, is a 409 and changes nothing. */
    @Transactional
    public UUID apply(UUID jobSeekerId, UUID vacancyId) {
        accounts.find(jobSeekerId).filter(account -> account.isVerified(AccountType.JOB_SEEKER))
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "job-seeker-not-verified"));
        Vacancy vacancy = vacancies.find(vacancyId)
                .filter(Vacancy::isPublic)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
        LocalDate today = LocalDate.now(clock.withZone(VacancyInputPolicy.KARAWANG));
        if (vacancy.status() == VacancyStatus.CLOSED || vacancy.closingDate().isBefore(today)) {
            throw new ProblemException(HttpStatus.CONFLICT, "vacancy-closed");
        }
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        if (!applications.insertIfAbsent(id, vacancyId, jobSeekerId, now)) {
            throw new ProblemException(HttpStatus.CONFLICT, "already-applied");
        }
        outbox.publish(Topics.APPLICATION_SUBMITTED, id, new ApplicationSubmitted(id, vacancyId,
                vacancy.employerId(), jobSeekerId, vacancy.title(), now));
        return id;
    }

    /** Applicants of the employer's own vacancy; anyone else's is a 404. */
    public List<ApplicantView> applicants(UUID employerId, UUID vacancyId) {
        vacancyService.owned(employerId, vacancyId);
        return applications.applicantsOf(vacancyId);
    }

    public List<MyApplicationView> mine(UUID jobSeekerId) {
        return applications.ofJobSeeker(jobSeekerId);
    }

    /**
     * A plain step of the pipeline. An interview needs its date, place and contact ({@link #invite}) and a rejection
     * its reason ({@link #reject}): those two are refused here, so no job seeker is ever told "Wawancara" without
     * being told when and where.
     */
    @Transactional
    public ApplicationStatus move(UUID employerId, UUID applicationId, ApplicationStatus to) {
        var application = employersForUpdate(employerId, applicationId);
        if (to == ApplicationStatus.WAWANCARA) {
            throw new ProblemException(HttpStatus.CONFLICT, "interview-details-required")
                    .with("use", "/api/applications/" + applicationId + "/interview");
        }
        if (to == ApplicationStatus.DITOLAK) {
            throw new ProblemException(HttpStatus.CONFLICT, "rejection-reason-required")
                    .with("use", "/api/applications/" + applicationId + "/reject");
        }
        require(application, transitions.decide(application.status(), to), to);
        Instant now = Instant.now(clock);
        applications.changeStatus(applicationId, to, null, null, now);
        events.statusChanged(application, to, null, null, null, now);
        return to;
    }

    /** Invites to an interview (or moves its date): status WAWANCARA, the details stored and sent in the event. */
    @Transactional
    public ApplicationDetailView invite(UUID employerId, UUID applicationId, InterviewRequest request) {
        var application = employersForUpdate(employerId, applicationId);
        require(application, transitions.decideInterview(application.status()), ApplicationStatus.WAWANCARA);
        interviews.check(request);
        Instant now = Instant.now(clock);
        applications.saveInterview(applicationId, request, now);
        Interview interview = applications.interviewOf(applicationId).orElseThrow();
        applications.changeStatus(applicationId, ApplicationStatus.WAWANCARA, null, interview.note(), now);
        events.statusChanged(application, ApplicationStatus.WAWANCARA, null, interview.note(), interview, now);
        return detail(employerId, applicationId);
    }

    @Transactional
    public ApplicationDetailView reject(UUID employerId, UUID applicationId, RejectionRequest request) {
        var application = employersForUpdate(employerId, applicationId);
        require(application, transitions.decide(application.status(), ApplicationStatus.DITOLAK),
                ApplicationStatus.DITOLAK);
        if (request.reasonCode() == RejectionReason.OTHER && request.noteOrNull() == null) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "rejection-note-required").onField("note");
        }
        Instant now = Instant.now(clock);
        applications.changeStatus(applicationId, ApplicationStatus.DITOLAK, request.reasonCode().name(),
                request.noteOrNull(), now);
        events.statusChanged(application, ApplicationStatus.DITOLAK, request.reasonCode().name(),
                request.noteOrNull(), null, now);
        return detail(employerId, applicationId);
    }

    /** The job seeker takes their own open application back; the employer is told. */
    @Transactional
    public ApplicationDetailView withdraw(UUID jobSeekerId, UUID applicationId) {
        var application = visibleForUpdate(applicationId, found -> found.jobSeekerId().equals(jobSeekerId));
        require(application, transitions.decideWithdrawal(application.status()), ApplicationStatus.DITARIK);
        Instant now = Instant.now(clock);
        applications.changeStatus(applicationId, ApplicationStatus.DITARIK, WITHDRAWN, null, now);
        events.statusChanged(application, ApplicationStatus.DITARIK, WITHDRAWN, null, null, now);
        return detail(jobSeekerId, applicationId);
    }

    /** For the job seeker or the vacancy's employer; a 404 for everybody else. */
    @Transactional(readOnly = true)
    public ApplicationDetailView detail(UUID accountId, UUID applicationId) {
        var application = applications.find(applicationId).filter(found -> found.isSeenBy(accountId))
                .orElseThrow(ApplicationService::notFound);
        boolean employer = application.employerId().equals(accountId);
        var applicant = applications.applicant(applicationId).orElseThrow();
        List<String> allowedNext = !employer ? List.of() : transitions.employerMoves(application.status())
                .stream().map(Enum::name).sorted().toList();
        return new ApplicationDetailView(application.id(), application.vacancyId(), application.vacancyTitle(),
                application.companyName(), application.vacancyStatus(),
                new ApplicationDetailView.Applicant(applicant.jobSeekerId(), applicant.displayName(),
                        applicant.kecamatanCode()),
                application.status().name(), application.reasonCode(), application.note(),
                application.submittedAt(), application.updatedAt(), applications.historyOf(applicationId),
                applications.interviewOf(applicationId)
                        .map(interview -> ApplicationDetailView.InterviewView.of(applicationId, interview))
                        .orElse(null),
                allowedNext, !employer && application.status().isOpen());
    }

    /** The interview as an .ics file, for the same two people; 404 if there is none. */
    @Transactional(readOnly = true)
    public String calendar(UUID accountId, UUID applicationId) {
        var application = applications.find(applicationId).filter(found -> found.isSeenBy(accountId))
                .orElseThrow(ApplicationService::notFound);
        Interview interview = applications.interviewOf(applicationId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "interview-not-found"));
        return InterviewCalendar.of(applicationId, application.vacancyTitle(), application.companyName(),
                application.status(), interview, Instant.now(clock));
    }

    private ApplicationRepository.StoredApplication employersForUpdate(UUID employerId, UUID applicationId) {
        return visibleForUpdate(applicationId, found -> found.employerId().equals(employerId));
    }

    private ApplicationRepository.StoredApplication visibleForUpdate(
            UUID applicationId, Predicate<ApplicationRepository.StoredApplication> visible) {
        return applications.findForUpdate(applicationId).filter(visible).orElseThrow(ApplicationService::notFound);
    }

    private static void require(ApplicationRepository.StoredApplication application,
                                ApplicationTransitionPolicy.Decision decision, ApplicationStatus to) {
        if (!decision.allowed()) {
            throw new ProblemException(HttpStatus.CONFLICT, "illegal-transition", application.status().name(),
                    to.name()).with("currentStatus", application.status().name())
                    .with("allowedNext", decision.allowedNext().stream().map(Enum::name).sorted().toList());
        }
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "application-not-found");
    }
}
