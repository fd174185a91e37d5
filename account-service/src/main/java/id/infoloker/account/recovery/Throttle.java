package id.infoloker.account.recovery;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A sliding-window count per scope and key, shared by every instance through PostgreSQL (the gateway's limits are
 * per gateway instance and per route; these are per account and per address, across instances). Each counted hit
 * commits in its own transaction, so a refused or failed request still counts. Keys are stored as SHA-256 hashes:
 * the table holds no address or account id in clear.
 */
@Component
public class Throttle {

    /** A limit: at most {@code max} hits per {@code window} for one key of {@code scope}. */
    public record Limit(String scope, int max, Duration window) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Throttle(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Counts a hit for {@code key} unless the limit is reached.
     *
     * @return empty if counted (go ahead), else how long until the oldest hit in the window leaves it
     */
    public Optional<Duration> hit(Limit limit, String key) {
        String keyHash = sha256(limit.scope() + ":" + key);
        Instant now = Instant.now(clock);
        Instant windowStart = now.minus(limit.window());
        return ownTransaction.execute(status -> {
            // Serialises the hits of one key, so concurrent requests cannot all see "one below the limit".
            jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", keyHash);
            Timestamp oldest = jdbc.queryForObject("""
                    SELECT CASE WHEN count(*) >= ? THEN min(at) END FROM throttle_hit
                    WHERE scope = ? AND key_hash = ? AND at > ?
                    """, Timestamp.class, limit.max(), limit.scope(), keyHash, Timestamp.from(windowStart));
            if (oldest != null) {
                Duration wait = Duration.between(now, oldest.toInstant().plus(limit.window()));
                return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait);
            }
            jdbc.update("INSERT INTO throttle_hit (scope, key_hash, at) VALUES (?, ?, ?)", limit.scope(), keyHash,
                    Timestamp.from(now));
            return Optional.<Duration>empty();
        });
    }

    /** Hits older than any window are of no use. */
    int purgeOlderThan(Instant cutoff) {
        return jdbc.update("DELETE FROM throttle_hit WHERE at < ?", Timestamp.from(cutoff));
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
