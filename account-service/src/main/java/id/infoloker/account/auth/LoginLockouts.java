package id.infoloker.account.auth;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed-login counts per account, in PostgreSQL so every instance of the service sees the same count (a per-instance
 * counter would give a guesser {@code maxFailures} tries per instance). The row is locked while a failure is counted,
 * so concurrent guesses are all counted.
 */
@Component
class LoginLockouts {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LockoutPolicy policy;

    LoginLockouts(JdbcTemplate jdbc, PlatformTransactionManager transactions, LockoutPolicy policy) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.policy = policy;
    }

    /** @return until when the account is locked, if it is locked at {@code now} */
    Optional<Instant> lockedUntil(UUID accountId, Instant now) {
        return jdbc.query("SELECT locked_until FROM login_lockout WHERE account_id = ? AND locked_until > ?",
                rows -> rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.<Instant>empty(),
                accountId, Timestamp.from(now));
    }

    /** Counts a failed login. @return until when the account is locked, if this failure locked it */
    Optional<Instant> recordFailure(UUID accountId, Instant now) {
        return transaction.execute(status -> {
            jdbc.update("""
                    INSERT INTO login_lockout (account_id, consecutive_failures, lockouts) VALUES (?, 0, 0)
                    ON CONFLICT DO NOTHING""", accountId);
            int[] counts = jdbc.queryForObject("""
                    SELECT consecutive_failures, lockouts FROM login_lockout WHERE account_id = ? FOR UPDATE""",
                    (row, n) -> new int[] {row.getInt(1), row.getInt(2)}, accountId);
            int failures = counts[0] + 1;
            Optional<Duration> lock = policy.lockAfter(failures, counts[1]);
            if (lock.isEmpty()) {
                jdbc.update("UPDATE login_lockout SET consecutive_failures = ? WHERE account_id = ?", failures,
                        accountId);
                return Optional.<Instant>empty();
            }
            Instant until = now.plus(lock.get());
            jdbc.update("""
                    UPDATE login_lockout SET consecutive_failures = 0, lockouts = lockouts + 1, locked_until = ?
                    WHERE account_id = ?""", Timestamp.from(until), accountId);
            return Optional.of(until);
        });
    }

    /** A successful login forgives everything before it. */
    void recordSuccess(UUID accountId) {
        jdbc.update("DELETE FROM login_lockout WHERE account_id = ?", accountId);
    }
}
