package id.infoloker.account.auth;

import id.infoloker.account.keys.JwtProperties;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opaque refresh tokens with rotation. A token is 256 random bits, so a plain SHA-256 of it is safe to store (no
 * slow hash needed) and lets it be found by its hash. Each refresh uses up the presented token and issues the next in
 * the same family; a used token presented again means it was copied, and the whole family is revoked.
 */
@Component
class RefreshTokens {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new family: its first refresh token, and the family id that access tokens carry as {@code sid}. */
    record Started(UUID familyId, String refreshToken) {

        @Override
        public String toString() {
            return "Started[familyId=" + familyId + "]";
        }
    }

    /** The account and family the rotated token belongs to, and its successor. */
    record Rotated(UUID accountId, UUID familyId, String refreshToken) {

        @Override
        public String toString() {
            return "Rotated[accountId=" + accountId + "]";
        }
    }

    private final RefreshTokenRepository tokens;
    private final AccessRevocations revocations;
    private final TransactionTemplate transaction;
    private final JwtProperties properties;
    private final Clock clock;

    RefreshTokens(RefreshTokenRepository tokens, AccessRevocations revocations, PlatformTransactionManager transactions,
                  JwtProperties properties, Clock clock) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.transaction = new TransactionTemplate(transactions);
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a new family (one per login). */
    Started issue(UUID accountId) {
        UUID familyId = UUID.randomUUID();
        return new Started(familyId, transaction.execute(status -> store(accountId, familyId)));
    }

    /** @return the successor token, or empty if the presented one is unknown, expired, revoked or replayed */
    Optional<Rotated> rotate(String presented) {
        Instant now = Instant.now(clock);
        return transaction.execute(status -> {
            Optional<RefreshToken> found = tokens.findByTokenHash(hash(presented));
            if (found.isEmpty()) {
                return Optional.<Rotated>empty();
            }
            RefreshToken token = found.get();
            if (token.isReplayed()) {
                // Committed, although the caller is refused: the revocation must stick, and the family's access
                // tokens (held by whoever copied it, too) stop working everywhere.
                log.warn("Refresh token reused for account {}: revoking its family", token.accountId());
                revocations.revokeSession(token.accountId(), token.familyId().toString(), "refresh-reuse");
                return Optional.<Rotated>empty();
            }
            if (!token.isUsable(now)) {
                return Optional.<Rotated>empty();
            }
            token.markUsed(now);
            return Optional.of(new Rotated(token.accountId(), token.familyId(),
                    store(token.accountId(), token.familyId())));
        });
    }

    /** Logout: the presented token's whole family, and its access tokens, stop working. Unknown tokens are ignored. */
    void revokeFamilyOf(String presented) {
        transaction.executeWithoutResult(status -> tokens.findByTokenHash(hash(presented))
                .ifPresent(token -> revocations.revokeSession(token.accountId(), token.familyId().toString(),
                        "logout")));
    }

    private String store(UUID accountId, UUID familyId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = Instant.now(clock);
        tokens.save(new RefreshToken(accountId, familyId, hash(token), now, now.plus(properties.refreshTokenTtl())));
        return token;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
