package id.infoloker.kit.security.revocation;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses access tokens that {@link RevokedAccess} says are revoked; the resource server then answers its usual 401
 * problem. Add it to every {@code JwtDecoder} of a service (the kit's does; a service with its own decoder combines it).
 */
public class NotRevokedValidator implements OAuth2TokenValidator<Jwt> {

    /** The refresh family the token belongs to (account-service's access tokens carry it). */
    public static final String SESSION_CLAIM = "sid";
    /**
     * Issue time in epoch milliseconds: {@code iat} has whole seconds only, and a token issued in the same second as,
     * but after, a revocation must still work (sign in again right after a password reset).
     */
    public static final String ISSUED_AT_MILLIS_CLAIM = "iat_ms";

    private static final OAuth2Error REVOKED = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The access token has been revoked", null);

    private final RevokedAccess revoked;

    public NotRevokedValidator(RevokedAccess revoked) {
        this.revoked = revoked;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        UUID accountId = accountOf(token);
        if (accountId == null) {
            return OAuth2TokenValidatorResult.success();
        }
        boolean refused = revoked.refuses(accountId, token.getClaimAsString(SESSION_CLAIM), issuedAt(token));
        return refused ? OAuth2TokenValidatorResult.failure(REVOKED) : OAuth2TokenValidatorResult.success();
    }

    private static UUID accountOf(Jwt token) {
        try {
            return token.getSubject() == null ? null : UUID.fromString(token.getSubject());
        } catch (IllegalArgumentException notAnAccount) {
            return null;
        }
    }

    private static Instant issuedAt(Jwt token) {
        Object millis = token.getClaims().get(ISSUED_AT_MILLIS_CLAIM);
        if (millis instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return token.getIssuedAt();
    }
}
