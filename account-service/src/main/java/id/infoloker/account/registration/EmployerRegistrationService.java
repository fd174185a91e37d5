package id.infoloker.account.registration;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.EmployerProfile;
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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers an employer the way {@link JobSeekerRegistrationService} registers a job seeker: rules first, then the
 * account, the company profile and {@code account.registered.v1} (with its Employer part) in one transaction, with
 * PostgreSQL's unique keys deciding duplicate NIB, email and phone.
 */
@Service
public class EmployerRegistrationService {

    private static final Logger log = LoggerFactory.getLogger(EmployerRegistrationService.class);

    private final NewAccounts newAccounts;
    private final AccountEvents accountEvents;
    private final SharedRegistrationRules sharedRules;
    private final RepeatedRegistrationPolicy repeatedRegistration;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public EmployerRegistrationService(NewAccounts newAccounts, AccountEvents accountEvents,
                                       SharedRegistrationRules sharedRules,
                                       RepeatedRegistrationPolicy repeatedRegistration,
                                       PlatformTransactionManager transactions, Clock clock) {
        this.newAccounts = newAccounts;
        this.accountEvents = accountEvents;
        this.sharedRules = sharedRules;
        this.repeatedRegistration = repeatedRegistration;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public RegistrationAccepted register(EmployerRegistrationRequest request) {
        String nib = NibPolicy.normalize(request.nib())
                .orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST, "invalid-nib").onField("nib"));
        NpwpPolicy.Decision npwp = NpwpPolicy.assess(request.npwp());
        if (!npwp.accepted()) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-npwp").onField("npwp");
        }
        SharedRegistrationRules.Credentials credentials = sharedRules.check(request.kecamatanCode(),
                request.password(), request.consentVersion(), request.email(), request.phone());
        NewEmployer employer = new NewEmployer(request, nib, npwp.digits(), credentials.email(),
                credentials.phone(), credentials.passwordHash(), credentials.consentVersion());
        UUID accountId;
        try {
            accountId = transaction.execute(status -> insert(employer));
        } catch (ProblemException conflict) {
            if (!HttpStatus.CONFLICT.equals(conflict.status())) {
                throw conflict;
            }
            accountId = repeatedRegistration.sameEmployerRegistration(nib, credentials.email(), credentials.phone(),
                    request.password()).orElseThrow(() -> conflict);
            log.info("Employer registration sent again for account {}: answered as the first time", accountId);
        }
        return new RegistrationAccepted(accountId, AccountStatus.PENDING_VERIFICATION);
    }

    private UUID insert(NewEmployer e) {
        EmployerRegistrationRequest request = e.request();
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        String companyName = oneLine(request.companyName());
        String contactPerson = oneLine(request.contactPerson());
        String language = request.preferredLanguage() == null ? "id" : request.preferredLanguage();
        Account account = Account.employer(id, companyName, e.email(), e.phone(), e.passwordHash(), language, now);
        EmployerProfile profile = new EmployerProfile(id, companyName, e.nib(), e.npwp(), request.address().strip(),
                request.kecamatanCode(), contactPerson, now, e.consentVersion());
        newAccounts.insert(account).ifPresent(field -> {
            throw JobSeekerRegistrationService.alreadyRegistered(field);
        });
        if (!newAccounts.insert(profile)) {
            throw JobSeekerRegistrationService.alreadyRegistered("nib");
        }
        accountEvents.registered(new AccountRegistered(id, AccountType.EMPLOYER, companyName,
                e.email(), e.phone(), language, request.kecamatanCode(), null,
                new AccountRegistered.Employer(companyName, e.nib(), e.npwp(), contactPerson), now));
        log.info("Registered employer account {} in kecamatan {}", id, request.kecamatanCode());
        return id;
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private record NewEmployer(EmployerRegistrationRequest request, String nib, String npwp, String email,
                               String phone, String passwordHash, String consentVersion) {

        @Override
        public String toString() {
            return "NewEmployer[email=<hidden>]";
        }
    }
}
