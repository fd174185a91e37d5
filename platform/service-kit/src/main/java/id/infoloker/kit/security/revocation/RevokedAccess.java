package id.infoloker.kit.security.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * This instance's in-memory view of revoked access: per account the instant before which its tokens no longer count
 * (every session revoked, suspended, erased), and the revoked sessions ({@code sid}). Small by construction: an entry
 * older than the access-token lifetime can only refuse tokens that have expired anyway, so it is forgotten.
 */
public class RevokedAccess {

    private static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final Map<UUID, Instant> notBefore = new ConcurrentHashMap<>();
    private final Map<String, Instant> revokedSessions = new ConcurrentHashMap<>();
    private final Duration tokenLifetime;
    private final Clock clock;
    private volatile Instant lastPruned;

    public RevokedAccess(Duration tokenLifetime, Clock clock) {
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
        this.lastPruned = Instant.now(clock);
    }

    /** Tokens of the account issued before {@code before} are refused. A later revocation only moves it forward. */
    public void revokeAllBefore(UUID accountId, Instant before) {
        notBefore.merge(accountId, before, (current, next) -> next.isAfter(current) ? next : current);
        pruneNow();
    }

    /** Tokens of this session (refresh family) are refused; {@code at} is when, to know when to forget it. */
    public void revokeSession(String sessionId, Instant at) {
        revokedSessions.merge(sessionId, at, (current, next) -> next.isAfter(current) ? next : current);
        pruneNow();
    }

    /**
     * @param issuedAt when the token was issued; null (a token that does not say) counts as issued before any
     *                 revocation of its account
     */
    public boolean refuses(UUID accountId, String sessionId, Instant issuedAt) {
        if (sessionId != null && revokedSessions.containsKey(sessionId)) {
            return true;
        }
        Instant before = notBefore.get(accountId);
        return before != null && (issuedAt == null || issuedAt.isBefore(before));
    }

    int size() {
        return notBefore.size() + revokedSessions.size();
    }

    private void pruneNow() {
        Instant now = Instant.now(clock);
        if (now.isBefore(lastPruned.plus(PRUNE_EVERY))) {
            return;
        }
        lastPruned = now;
        // A token refused by an entry was issued before the entry's instant, so it expired a lifetime after it.
        Instant expiredBefore = now.minus(tokenLifetime).minus(Duration.ofMinutes(1));
        notBefore.values().removeIf(instant -> instant.isBefore(expiredBefore));
        revokedSessions.values().removeIf(instant -> instant.isBefore(expiredBefore));
    }
}
