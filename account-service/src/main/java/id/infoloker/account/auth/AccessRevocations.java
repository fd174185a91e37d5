package id.infoloker.account.auth;

import id.infoloker.events.AccessRevoked;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends sessions before their tokens expire: the refresh tokens stop here, and {@code account.access-revoked.v1} tells
 * every service instance (service-kit's revocation projection) to refuse the access tokens already out. Both happen
 * in the caller's transaction (or one of their own), so a revocation is never announced without being stored, nor
 * stored without being announced. Callers: logout, refresh-token reuse, password reset or change, disabling staff.
 */
@Component
public class AccessRevocations {

    private static final Logger log = LoggerFactory.getLogger(AccessRevocations.class);

    private final RefreshTokenRepository refreshTokens;
    private final Outbox outbox;
    private final Clock clock;

    AccessRevocations(RefreshTokenRepository refreshTokens, Outbox outbox, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Every session of the account: its refresh tokens and every access token issued until now. */
    @Transactional
    public void revokeAll(UUID accountId, String reason) {
        Instant now = Instant.now(clock);
        int revoked = refreshTokens.revokeAccount(accountId, now);
        outbox.publish(Topics.ACCESS_REVOKED, accountId, new AccessRevoked(accountId, null, now, reason));
        log.info("Revoked every session of account {} ({} refresh token(s)): {}", accountId, revoked, reason);
    }

    /**
     * One session: the refresh family {@code sessionId} (the {@code sid} of its access tokens) and its access
     * tokens. A session id that is not one of the account's refresh families revokes nothing here but is still
     * announced, so a forged or stale id costs nothing and leaks nothing.
     */
    @Transactional
    public void revokeSession(UUID accountId, String sessionId, String reason) {
        Instant now = Instant.now(clock);
        int revoked = familyOf(sessionId) == null ? 0
                : refreshTokens.revokeFamily(accountId, familyOf(sessionId), now);
        outbox.publish(Topics.ACCESS_REVOKED, accountId, new AccessRevoked(accountId, sessionId, now, reason));
        log.info("Revoked session of account {} ({} refresh token(s)): {}", accountId, revoked, reason);
    }

    private static UUID familyOf(String sessionId) {
        try {
            return sessionId == null ? null : UUID.fromString(sessionId);
        } catch (IllegalArgumentException notOurs) {
            return null;
        }
    }
}
