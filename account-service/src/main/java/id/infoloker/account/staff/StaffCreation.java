package id.infoloker.account.staff;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.NewAccounts;
import id.infoloker.account.accounts.PasswordPolicy;
import id.infoloker.events.AccountType;
import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An ADMIN creates VERIFIER and ADMIN accounts; this is the only way a staff account comes to exist besides the first
 * ones from configuration. Staff are verified from the start and publish no event (nothing downstream waits for them).
 */
@Service
class StaffCreation {

    private static final Logger log = LoggerFactory.getLogger(StaffCreation.class);

    private final NewAccounts newAccounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy passwordPolicy;
    private final TransactionTemplate transaction;
    private final Clock clock;

    StaffCreation(NewAccounts newAccounts, PasswordEncoder passwords, PasswordPolicy passwordPolicy,
                  PlatformTransactionManager transactions, Clock clock) {
        this.newAccounts = newAccounts;
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    StaffCreated create(UUID adminId, NewStaffRequest request) {
        if (request.type() != AccountType.VERIFIER && request.type() != AccountType.ADMIN) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-staff-type").onField("type");
        }
        PasswordPolicy.Decision password = passwordPolicy.assess(request.password());
        if (password != PasswordPolicy.Decision.ACCEPTED) {
            throw PasswordPolicy.refusal(password);
        }
        Account account = Account.staff(UUID.randomUUID(), request.type(), request.name().strip(),
                EmailAddresses.normalize(request.email()), passwords.encode(request.password()), Instant.now(clock));
        transaction.executeWithoutResult(status -> newAccounts.insert(account).ifPresent(field -> {
            throw new ProblemException(HttpStatus.CONFLICT, "already-registered",
                    new DefaultMessageSourceResolvable("field-label." + field)).onField(field);
        }));
        log.info("Admin {} created {} account {}", adminId, account.type(), account.id());
        return new StaffCreated(account.id(), account.type(), account.status());
    }
}
