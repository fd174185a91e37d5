package id.infoloker.account.recovery;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.PasswordPolicy;
import id.infoloker.account.accounts.PhoneNumbers;
import id.infoloker.account.auth.AccessRevocations;
import id.infoloker.events.AccountStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by a one-time code. Asking for a code is answered the same whether or not the account exists (the
 * caller learns nothing; the work done takes about as long); only the client address's limit is visible (429), and
 * it counts every request alike. Confirming with the right code sets the new password and ends every session.
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final AccountRepository accounts;
    private final OneTimeCodes codes;
    private final CodeMessages messages;
    private final Throttle throttle;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final AccessRevocations revocations;
    private final RecoveryProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PasswordResets(AccountRepository accounts, OneTimeCodes codes, CodeMessages messages, Throttle throttle,
                   PasswordPolicy passwordPolicy, PasswordEncoder encoder, AccessRevocations revocations,
                   RecoveryProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.messages = messages;
        this.throttle = throttle;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.revocations = revocations;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** @return how long the code (if one was sent) stays valid, the same for every caller */
    public Duration request(String username, String clientAddress) {
        throttle.hit(clientLimit("reset-requests-per-client", properties.requestsPerClient()), clientAddress)
                .ifPresent(RecoveryRefusals::tooManyRequests);
        Optional<Account> account = findByUsername(username).filter(PasswordResets::mayReset);
        if (account.isEmpty()
                || throttle.hit(new Throttle.Limit("reset-codes-per-account", properties.codesPerAccount(),
                        properties.accountWindow()), account.get().id().toString()).isPresent()) {
            // Nothing is sent, yet the same work is done and the same answer given.
            codes.issueNothing();
            return properties.codeValidity();
        }
        transaction.executeWithoutResult(status -> {
            Instant now = Instant.now(clock);
            Account found = account.get();
            String code = codes.issue(found.id(), OneTimeCodes.Purpose.PASSWORD_RESET, null, now);
            messages.sendResetCode(found, code, now.plus(properties.codeValidity()), now);
        });
        log.info("Password reset code issued for account {}", account.get().id());
        return properties.codeValidity();
    }

    /** Sets the new password if the code is right; every session of the account ends. */
    public void confirm(String username, String code, String newPassword, String clientAddress) {
        throttle.hit(clientLimit("code-confirmations-per-client", properties.confirmationsPerClient()),
                clientAddress)
                .ifPresent(RecoveryRefusals::tooManyRequests);
        PasswordPolicy.Decision strength = passwordPolicy.assess(newPassword);
        if (strength != PasswordPolicy.Decision.ACCEPTED) {
            throw RecoveryRefusals.weakPassword(strength, "newPassword");
        }
        Optional<Account> account = findByUsername(username).filter(PasswordResets::mayReset);
        OneTimeCodes.Check check = account
                .map(found -> codes.check(found.id(), OneTimeCodes.Purpose.PASSWORD_RESET, code))
                .orElseGet(() -> codes.checkNothing(code));
        if (check.outcome() != OneTimeCodes.Outcome.ACCEPTED) {
            throw RecoveryRefusals.invalidCode();
        }
        String hash = encoder.encode(newPassword);
        transaction.executeWithoutResult(status -> {
            Account locked = accounts.findForUpdate(account.get().id()).orElseThrow();
            locked.changePassword(hash);
            revocations.revokeAll(locked.id(), "password-reset");
        });
        log.info("Password reset for account {}; every session revoked", account.get().id());
    }

    private Throttle.Limit clientLimit(String scope, int max) {
        return new Throttle.Limit(scope, max, properties.clientWindow());
    }

    /** Staff reset through an ADMIN; suspended and erased accounts cannot sign in anyway. */
    private static boolean mayReset(Account account) {
        return !account.isStaff() && account.status() != AccountStatus.SUSPENDED
                && account.status() != AccountStatus.ERASED;
    }

    private Optional<Account> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        if (username.contains("@")) {
            return accounts.findByEmail(EmailAddresses.normalize(username));
        }
        return PhoneNumbers.normalize(username).flatMap(accounts::findByPhone);
    }
}
