package id.infoloker.account.registration;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.JobSeekerProfile;
import id.infoloker.account.accounts.NewAccounts;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers a job seeker: checks the rules Bean Validation cannot express, then writes the account, its profile and
 * the {@code account.registered.v1} event in one transaction. Verification happens later, at its own pace.
 */
@Service
public class JobSeekerRegistrationService {

    private static final Logger log = LoggerFactory.getLogger(JobSeekerRegistrationService.class);

    private final NewAccounts newAccounts;
    private final AccountEvents accountEvents;
    private final SharedRegistrationRules sharedRules;
    private final NikPolicy nikPolicy;
    private final RepeatedRegistrationPolicy repeatedRegistration;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public JobSeekerRegistrationService(NewAccounts newAccounts, AccountEvents accountEvents,
                                        SharedRegistrationRules sharedRules,
                                        NikPolicy nikPolicy, RepeatedRegistrationPolicy repeatedRegistration,
                                        PlatformTransactionManager transactions, Clock clock) {
        this.newAccounts = newAccounts;
        this.accountEvents = accountEvents;
        this.sharedRules = sharedRules;
        this.nikPolicy = nikPolicy;
        this.repeatedRegistration = repeatedRegistration;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public RegistrationAccepted register(JobSeekerRegistrationRequest request) {
        NikPolicy.Decision nik = nikPolicy.assess(request.nik(), request.birthDate(), request.sex());
        if (!nik.accepted()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-nik").onField("nik");
        }
        SharedRegistrationRules.Credentials credentials = sharedRules.check(request.kecamatanCode(),
                request.password(), request.consentVersion(), request.email(), request.phone());
        NewJobSeeker newJobSeeker = new NewJobSeeker(request, credentials.email(), credentials.phone(),
                credentials.passwordHash(), nik == NikPolicy.Decision.MISMATCH, credentials.consentVersion());
        UUID accountId;
        try {
            accountId = transaction.execute(status -> insert(newJobSeeker));
        } catch (ProblemException conflict) {
            if (!HttpStatus.CONFLICT.equals(conflict.status())) {
                throw conflict;
            }
            accountId = repeatedRegistration.sameJobSeekerRegistration(request.nik(), credentials.email(),
                    credentials.phone(), request.password()).orElseThrow(() -> conflict);
            log.info("Job seeker registration sent again for account {}: answered as the first time", accountId);
        }
        return new RegistrationAccepted(accountId, AccountStatus.PENDING_VERIFICATION);
    }

    private UUID insert(NewJobSeeker j) {
        JobSeekerRegistrationRequest request = j.request();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        String fullName = request.fullName().strip().replaceAll("\\s+", " ");
        String language = request.preferredLanguage() == null ? "id" : request.preferredLanguage();
        Account account = Account.jobSeeker(id, fullName, j.email(), j.phone(), j.passwordHash(), language, now);
        JobSeekerProfile profile = new JobSeekerProfile(id, request.nik(), request.birthPlace().strip(),
                request.birthDate(), request.sex(), request.address().strip(), request.kecamatanCode(),
                request.education(), j.nikMismatch(), now, j.consentVersion());
        // The database's unique keys decide, so concurrent registrations with one NIK, email or phone give one
        // account. Throwing rolls back whatever this transaction inserted.
        newAccounts.insert(account).ifPresent(field -> {
            throw alreadyRegistered(field);
        });
        if (!newAccounts.insert(profile)) {
            throw alreadyRegistered("nik");
        }
        accountEvents.registered(new AccountRegistered(id, AccountType.JOB_SEEKER, fullName,
                j.email(), j.phone(), language, request.kecamatanCode(),
                new AccountRegistered.JobSeeker(request.nik(), profile.birthPlace(), request.birthDate(),
                        request.sex().name(), request.education().name()),
                null, now));
        log.info("Registered job seeker account {} in kecamatan {}{}", id, request.kecamatanCode(),
                j.nikMismatch() ? " (NIK date/sex differs from the stated ones: flagged for the verifier)" : "");
        return id;
    }

    static ProblemException alreadyRegistered(String field) {
        return new ProblemException(HttpStatus.CONFLICT, "already-registered",
                new DefaultMessageSourceResolvable("field-label." + field)).onField(field);
    }

    private record NewJobSeeker(JobSeekerRegistrationRequest request, String email, String phone, String passwordHash,
                                boolean nikMismatch, String consentVersion) {

        @Override
        public String toString() {
            return "NewJobSeeker[email=<hidden>]";
        }
    }
}
