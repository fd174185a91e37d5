package id.infoloker.account.auth;

import id.infoloker.account.auth.LoginThrottlePolicy.Count;
import id.infoloker.account.auth.LoginThrottlePolicy.Decision;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in attempts counted per client address and per client and username, in PostgreSQL so that every instance of
 * the service sees the same counts. An attempt is counted when it is admitted, before the password is checked, and
 * the rows are locked meanwhile: parallel guesses from one client are counted one by one and cannot all slip through
 * before the first failure is written. A successful sign-in takes its attempt back.
 *
 * <p>Keys hold no username in clear: the pair key is a SHA-256 of address and normalised username. Rows are forgotten
 * one window after they started (purged on the next attempt), so nothing personal stays longer than the window.
 */
@Component
class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LoginThrottlePolicy policy;

    LoginThrottle(JdbcTemplate jdbc, PlatformTransactionManager transactions, LoginThrottlePolicy policy) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.policy = policy;
    }

    /** Counts an attempt by {@code clientAddress} on {@code username}, or says how long the client must wait first. */
    Decision admit(String clientAddress, String username, Instant now) {
        String client = clientKey(clientAddress);
        String guesses = guessKey(clientAddress, username);
        return transaction.execute(status -> {
            // Rows another sign-in holds are skipped, not waited for: concurrent purges never deadlock each other.
            jdbc.update("""
                    DELETE FROM login_throttle WHERE key IN (SELECT key FROM login_throttle WHERE window_start < ?
                                                             LIMIT 100 FOR UPDATE SKIP LOCKED)""",
                    Timestamp.from(now.minus(policy.window())));
            for (String key : List.of(client, guesses).stream().sorted().toList()) { // one lock order: no deadlocks
                jdbc.update("INSERT INTO login_throttle (key, attempts, window_start) VALUES (?, 0, ?) "
                        + "ON CONFLICT DO NOTHING", key, Timestamp.from(now));
            }
            Map<String, Count> counts = new TreeMap<>();
            jdbc.query("SELECT key, attempts, window_start, next_attempt_at FROM login_throttle WHERE key IN (?, ?) "
                    + "ORDER BY key FOR UPDATE", row -> {
                        counts.put(row.getString(1), count(row));
                    }, client, guesses);
            Count clientCount = currentOrNone(counts.get(client), now);
            Count guessCount = currentOrNone(counts.get(guesses), now);
            Decision decision = policy.decide(clientCount, guessCount, now);
            if (decision.allowed()) {
                int clientAttempts = clientCount.attempts() + 1;
                Duration delay = policy.delayAfter(clientAttempts);
                store(client, clientAttempts, windowOf(clientCount, now), delay.isZero() ? null : now.plus(delay));
                store(guesses, guessCount.attempts() + 1, windowOf(guessCount, now), null);
            }
            return decision;
        });
    }

    /** The attempt was the right password: it is no guess, and the client's guesses on that username are forgiven. */
    void succeeded(String clientAddress, String username) {
        jdbc.update("DELETE FROM login_throttle WHERE key = ?", guessKey(clientAddress, username));
        jdbc.update("UPDATE login_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = ?",
                clientKey(clientAddress));
    }

    private void store(String key, int attempts, Instant windowStart, Instant nextAttemptAt) {
        jdbc.update("UPDATE login_throttle SET attempts = ?, window_start = ?, next_attempt_at = ? WHERE key = ?",
                attempts, Timestamp.from(windowStart), nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                key);
    }

    private Count currentOrNone(Count count, Instant now) {
        return count != null && policy.current(count, now) ? count : Count.NONE;
    }

    private static Instant windowOf(Count count, Instant now) {
        return count.windowStart() == null ? now : count.windowStart();
    }

    private static Count count(ResultSet row) throws SQLException {
        Timestamp next = row.getTimestamp(4);
        return new Count(row.getInt(2), row.getTimestamp(3).toInstant(), next == null ? null : next.toInstant());
    }

    private static String clientKey(String clientAddress) {
        return "client:" + sha256(clientAddress);
    }

    private static String guessKey(String clientAddress, String username) {
        return "guess:" + sha256(clientAddress + "\n" + username);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
