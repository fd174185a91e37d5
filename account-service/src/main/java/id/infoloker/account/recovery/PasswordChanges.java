package id.infoloker.account.recovery;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.PasswordPolicy;
import id.infoloker.account.auth.AccessRevocations;
import id.infoloker.kit.problem.ProblemException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The signed-in owner changes their password, proving it with the current one. Every session ends (a stolen
 * session is the usual reason to change a password); the client signs in again with the new password.
 * Tries are limited per account, so a stolen access token cannot be used to guess the password.
 */
@Service
public class PasswordChanges {

    private static final Logger log = LoggerFactory.getLogger(PasswordChanges.class);

    private final AccountRepository accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder encoder;
    private final AccessRevocations revocations;
    private final Throttle throttle;
    private final RecoveryProperties properties;
    private final TransactionTemplate transaction;

    PasswordChanges(AccountRepository accounts, PasswordPolicy passwordPolicy, PasswordEncoder encoder,
                    AccessRevocations revocations, Throttle throttle, RecoveryProperties properties,
                    PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.encoder = encoder;
        this.revocations = revocations;
        this.throttle = throttle;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    public void change(UUID accountId, String currentPassword, String newPassword) {
        PasswordPolicy.Decision strength = passwordPolicy.assess(newPassword);
        if (strength != PasswordPolicy.Decision.ACCEPTED) {
            throw RecoveryRefusals.weakPassword(strength, "newPassword");
        }
        throttle.hit(new Throttle.Limit("password-changes-per-account", properties.passwordChecksPerAccount(),
                properties.accountWindow()), accountId.toString()).ifPresent(RecoveryRefusals::tooManyRequests);
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "account-not-found"));
        if (!encoder.matches(currentPassword, account.passwordHash())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "current-password-wrong").onField("currentPassword");
        }
        String hash = encoder.encode(newPassword);
        transaction.executeWithoutResult(status -> {
            accounts.findForUpdate(accountId).orElseThrow().changePassword(hash);
            revocations.revokeAll(accountId, "password-change");
        });
        log.info("Password changed for account {}; every session revoked", accountId);
    }
}
