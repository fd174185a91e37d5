package id.infoloker.vacancy.applications;

import id.infoloker.events.AccountType;
import id.infoloker.events.ApplicationStatusChanged;
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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ApplicationService {

    private final ApplicationRepository applications;
    private final VacancyRepository vacancies;
    private final VacancyService vacancyService;
    private final AccountProjection accounts;
    private final ApplicationTransitionPolicy transitions;
    private final Outbox outbox;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, VacancyRepository vacancies, VacancyService vacancyService,
                       AccountProjection accounts, ApplicationTransitionPolicy transitions, Outbox outbox,
                       Clock clock) {
        this.applications = applications;
        this.vacancies = vacancies;
        this.vacancyService = vacancyService;
        this.accounts = accounts;
        this.transitions = transitions;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Once per job seeker and vacancy; a second submit, concurrent or not, is a 409 and changes nothing. */
    @Transactional
    public UUID apply(UUID jobSeekerId, UUID vacancyId) {
        accounts.find(jobSeekerId).filter(account -> account.isVerified(AccountType.JOB_SEEKER))
                .orElseThrow(() -> new ProblemException(HttpStatus.FORBIDDEN, "job-seeker-not-verified"));
        Vacancy vacancy = vacancies.find(vacancyId)
                .filter(found -> found.status() == VacancyStatus.PUBLISHED || found.status() == VacancyStatus.CLOSED)
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

    @Transactional
    public ApplicationStatus move(UUID employerId, UUID applicationId, ApplicationStatus to) {
        ApplicationRepository.StoredApplication application = applications.findForUpdate(applicationId)
                .filter(found -> found.employerId().equals(employerId))
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "application-not-found"));
        ApplicationTransitionPolicy.Decision decision = transitions.decide(application.status(), to);
        if (!decision.allowed()) {
            throw new ProblemException(HttpStatus.CONFLICT, "illegal-transition", application.status().name(),
                    to.name()).with("status", application.status().name())
                    .with("allowedNext", decision.allowedNext().stream().map(Enum::name).sorted().toList());
        }
        Instant now = Instant.now(clock);
        applications.changeStatus(applicationId, to, now);
        outbox.publish(Topics.APPLICATION_STATUS_CHANGED, applicationId, new ApplicationStatusChanged(applicationId,
                application.vacancyId(), application.jobSeekerId(), application.vacancyTitle(), to.name(),
                application.status().name(), now));
        return to;
    }
}
