package id.infoloker.account.recovery;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Six-digit one-time codes, one live code per account and purpose. Only a bcrypt hash is stored: a million
 * possible codes would fall to a plain hash at once, while bcrypt makes a stolen row worthless within the code's
 * ten minutes. A code dies when used, when it expires and after {@link RecoveryProperties#codeAttempts()} wrong
 * tries.
 */
@Component
public class OneTimeCodes {

    public enum Purpose {
        PASSWORD_RESET, EMAIL_CHANGE, PHONE_CHANGE
    }

    public enum Outcome {
        /** The code matched; it is used up. */
        ACCEPTED,
        /** Wrong code; the code lives on unless that was its last attempt. */
        WRONG,
        /** No live code: never requested, used, expired or out of attempts. */
        NONE
    }

    /** @param target the new address a contact code was sent to (ACCEPTED only), else null */
    public record Check(Outcome outcome, String target) {

        @Override
        public String toString() {
            return "Check[" + outcome + "]";
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final RecoveryProperties properties;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    /** Compared against when there is no code, so a check takes as long whether or not a code exists. */
    private final String noCodeHash;

    OneTimeCodes(JdbcTemplate jdbc, PasswordEncoder encoder, RecoveryProperties properties,
                 PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.properties = properties;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.noCodeHash = encoder.encode(newCode());
    }

    /** A new code for the account and purpose, replacing any earlier one; in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue(UUID accountId, Purpose purpose, String target, Instant now) {
        String code = newCode();
        jdbc.update("""
                INSERT INTO one_time_code (account_id, purpose, code_hash, target, attempts, expires_at, created_at)
                VALUES (?, ?, ?, ?, 0, ?, ?)
                ON CONFLICT (account_id, purpose) DO UPDATE
                SET code_hash = excluded.code_hash, target = excluded.target, attempts = 0,
                    expires_at = excluded.expires_at, created_at = excluded.created_at
                """, accountId, purpose.name(), encoder.encode(code), target,
                Timestamp.from(now.plus(properties.codeValidity())), Timestamp.from(now));
        return code;
    }

    /** Spends the same time as {@link #issue} would, for requests that issue nothing (unknown account, limit). */
    public void issueNothing() {
        encoder.encode(newCode());
    }

    /**
     * Checks a presented code in its own transaction, so a wrong attempt is counted even though the caller's
     * request then fails.
     */
    public Check check(UUID accountId, Purpose purpose, String presented) {
        return ownTransaction.execute(status -> {
            Optional<Map<String, Object>> row = jdbc.queryForList("""
                    SELECT code_hash, target, attempts, expires_at FROM one_time_code
                    WHERE account_id = ? AND purpose = ? FOR UPDATE
                    """, accountId, purpose.name()).stream().findFirst();
            Instant now = Instant.now(clock);
            boolean live = row.isPresent()
                    && ((Timestamp) row.get().get("expires_at")).toInstant().isAfter(now)
                    && ((Number) row.get().get("attempts")).intValue() < properties.codeAttempts();
            if (!live) {
                encoder.matches(presented, noCodeHash);
                return new Check(Outcome.NONE, null);
            }
            if (presented != null && encoder.matches(presented, (String) row.get().get("code_hash"))) {
                delete(accountId, purpose);
                return new Check(Outcome.ACCEPTED, (String) row.get().get("target"));
            }
            jdbc.update("UPDATE one_time_code SET attempts = attempts + 1 WHERE account_id = ? AND purpose = ?",
                    accountId, purpose.name());
            return new Check(Outcome.WRONG, null);
        });
    }

    /** Spends the time of a check when there is no account to check against. */
    public Check checkNothing(String presented) {
        encoder.matches(presented, noCodeHash);
        return new Check(Outcome.NONE, null);
    }

    /** Erasure: no code (nor the new address it was for) outlives the account. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget(UUID accountId) {
        jdbc.update("DELETE FROM one_time_code WHERE account_id = ?", accountId);
    }

    private void delete(UUID accountId, Purpose purpose) {
        jdbc.update("DELETE FROM one_time_code WHERE account_id = ? AND purpose = ?", accountId, purpose.name());
    }

    private static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
