package id.infoloker.account.staff;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.NewAccounts;
import id.infoloker.account.accounts.PasswordPolicy;
import id.infoloker.events.AccountType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the configured ADMIN and VERIFIER at start-up if no account has their email address yet. Idempotent and
 * safe with several instances starting together (the unique email key decides). An existing account is left as it
 * is: its password may have been changed since, and configuration must not silently reset it. Staff accounts are
 * verified from the start and publish no event: nothing downstream waits for them.
 */
@Component
class StaffAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StaffAccounts.class);

    private final StaffProperties staff;
    private final AccountRepository accounts;
    private final NewAccounts newAccounts;
    private final TransactionTemplate transaction;
    private final PasswordEncoder passwords;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    StaffAccounts(StaffProperties staff, AccountRepository accounts, NewAccounts newAccounts,
                  PlatformTransactionManager transactions, PasswordEncoder passwords, PasswordPolicy passwordPolicy,
                  Clock clock) {
        this.staff = staff;
        this.accounts = accounts;
        this.newAccounts = newAccounts;
        this.transaction = new TransactionTemplate(transactions);
        this.passwords = passwords;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensure(AccountType.ADMIN, staff.admin(), "Administrator");
        ensure(AccountType.VERIFIER, staff.verifier(), "Verifikator");
    }

    /** @return true if the account was created now */
    boolean ensure(AccountType type, StaffProperties.Member member, String defaultName) {
        if (member == null || !member.isConfigured()) {
            log.info("No {} account configured (infoloker.staff.{}.email/password)", type,
                    type.name().toLowerCase(java.util.Locale.ROOT));
            return false;
        }
        PasswordPolicy.Decision password = passwordPolicy.assess(member.password());
        if (password != PasswordPolicy.Decision.ACCEPTED) {
            throw new IllegalStateException("The configured " + type + " password is not accepted (" + password
                    + "): it must be " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_BYTES
                    + " bytes long and not a common password");
        }
        String email = EmailAddresses.normalize(member.email());
        if (accounts.existsByEmail(email)) {
            log.debug("{} account already exists", type);
            return false;
        }
        String name = member.name() == null || member.name().isBlank() ? defaultName : member.name().strip();
        Account account = Account.staff(UUID.randomUUID(), type, name, email, passwords.encode(member.password()),
                Instant.now(clock));
        boolean created = transaction.execute(status -> newAccounts.insert(account).isEmpty());
        if (created) {
            log.info("Created {} account {} from configuration", type, account.id());
        } else {
            log.debug("{} account was created concurrently by another instance", type);
        }
        return created;
    }
}
