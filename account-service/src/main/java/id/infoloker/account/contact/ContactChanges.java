package id.infoloker.account.contact;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.accounts.EmailAddresses;
import id.infoloker.account.accounts.PhoneNumbers;
import id.infoloker.account.recovery.OneTimeCodes;
import id.infoloker.account.recovery.RecoveryProperties;
import id.infoloker.account.recovery.RecoveryRefusals;
import id.infoloker.account.recovery.Throttle;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.OneTimeCodeRequested;
import id.infoloker.kit.problem.ProblemException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new e-mail address or phone number takes effect only after the owner typed the code sent to it: whoever mistyped
 * the address, or tries to take over someone else's, never gets the code. Until then the old address stays. Both stay
 * unique: an address another account uses is refused (409) when asked for and again when confirmed.
 */
@Service
public class ContactChanges {

    /** The contact field and everything that differs between them. */
    public enum Field {
        EMAIL("email", OneTimeCodes.Purpose.EMAIL_CHANGE, OneTimeCodeRequested.EMAIL),
        PHONE("phone", OneTimeCodes.Purpose.PHONE_CHANGE, OneTimeCodeRequested.SMS);

        final String name;
        final OneTimeCodes.Purpose purpose;
        final String channel;

        Field(String name, OneTimeCodes.Purpose purpose, String channel) {
            this.name = name;
            this.purpose = purpose;
            this.channel = channel;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ContactChanges.class);

    private final AccountRepository accounts;
    private final OneTimeCodes codes;
    private final Throttle throttle;
    private final RecoveryProperties properties;
    private final AccountEvents events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ContactChanges(AccountRepository accounts, OneTimeCodes codes, Throttle throttle, RecoveryProperties properties,
                   AccountEvents events, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.accounts = accounts;
        this.codes = codes;
        this.throttle = throttle;
        this.properties = properties;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Sends a code to the new address. @return how long the code is valid */
    public Duration request(UUID accountId, Field field, String newValue) {
        String normalised = normalise(field, newValue);
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "account-not-found"));
        if (normalised.equals(field == Field.EMAIL ? account.email() : account.phone())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "contact-unchanged", label(field)).onField(field.name);
        }
        if (usedByAnother(field, normalised, accountId)) {
            throw alreadyRegistered(field);
        }
        throttle.hit(new Throttle.Limit("contact-codes-per-account", properties.codesPerAccount(),
                properties.accountWindow()), accountId.toString()).ifPresent(RecoveryRefusals::tooManyRequests);
        transaction.executeWithoutResult(status -> {
            Instant now = Instant.now(clock);
            String code = codes.issue(accountId, field.purpose, normalised, now);
            events.oneTimeCodeRequested(new OneTimeCodeRequested(accountId,
                    OneTimeCodeRequested.CONTACT_CONFIRMATION, field.channel, normalised, code,
                    account.preferredLanguage(), account.displayName(), now.plus(properties.codeValidity()), now));
        });
        log.info("Confirmation code for a new {} sent for account {}", field.name, accountId);
        return properties.codeValidity();
    }

    /** The code sent to the new address: it becomes the account's, and the other services are told. */
    public void confirm(UUID accountId, Field field, String code) {
        OneTimeCodes.Check check = codes.check(accountId, field.purpose, code);
        if (check.outcome() != OneTimeCodes.Outcome.ACCEPTED) {
            throw RecoveryRefusals.invalidCode();
        }
        try {
            transaction.executeWithoutResult(status -> apply(accountId, field, check.target()));
        } catch (DuplicateKeyException taken) {
            // Someone registered with the address between the request and the confirmation.
            throw alreadyRegistered(field);
        }
        log.info("Account {} changed its {}", accountId, field.name);
    }

    private void apply(UUID accountId, Field field, String value) {
        Instant now = Instant.now(clock);
        // Column names come from the enum, never from the request.
        int changed = jdbc.update("UPDATE account SET " + field.name + " = ?, version = version + 1 WHERE id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM account other WHERE other." + field.name + " = ? AND other.id <> ?)",
                value, accountId, value, accountId);
        if (changed != 1) {
            throw alreadyRegistered(field);
        }
        jdbc.query("SELECT type, email, phone FROM account WHERE id = ?", rs -> {
            events.contactChanged(new AccountContactChanged(accountId,
                    AccountType.valueOf(rs.getString("type")), rs.getString("email"), rs.getString("phone"), now));
        }, accountId);
    }

    private boolean usedByAnother(Field field, String value, UUID accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM account WHERE "
                + field.name + " = ? AND id <> ?)", Boolean.class, value, accountId));
    }

    private static String normalise(Field field, String value) {
        if (field == Field.EMAIL) {
            return EmailAddresses.normalize(value);
        }
        return PhoneNumbers.normalize(value).orElseThrow(() -> new ProblemException(HttpStatus.BAD_REQUEST,
                "invalid-input", label(field)).onField(field.name));
    }

    private static DefaultMessageSourceResolvable label(Field field) {
        return new DefaultMessageSourceResolvable("field-label." + field.name);
    }

    private static ProblemException alreadyRegistered(Field field) {
        return new ProblemException(HttpStatus.CONFLICT, "already-registered", label(field)).onField(field.name);
    }
}
