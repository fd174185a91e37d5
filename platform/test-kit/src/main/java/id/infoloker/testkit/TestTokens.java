package id.infoloker.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs tokens the way the account service does, with a key made for the test run, for services that only consume
 * tokens. Their test profile points {@code infoloker.security.jwks-uri} at {@link #jwkSetJson()} served locally, or
 * the test decodes with {@link #publicKey()}.
 */
public final class TestTokens {

    public static final String ISSUER = "infoloker";
    private static final RSAKey KEY = generate();

    public static String forAccount(UUID accountId, String... roles) {
        return sign(accountId, Instant.now().plus(Duration.ofMinutes(15)), roles);
    }

    /**
     * A token of one session ({@code sid}) issued at {@code issuedAt}, as account-service issues them (with the
     * millisecond issue time the revocation check compares).
     */
    public static String forSession(UUID accountId, String sessionId, Instant issuedAt, String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject(accountId.toString())
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(15))))
                    .claim("roles", List.of(roles))
                    .claim("sid", sessionId)
                    .claim("iat_ms", issuedAt.toEpochMilli())
                    .build();
            return signed(claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String expired(UUID accountId, String... roles) {
        return sign(accountId, Instant.now().minus(Duration.ofMinutes(5)), roles);
    }

    public static java.security.interfaces.RSAPublicKey publicKey() {
        try {
            return KEY.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String jwkSetJson() {
        return new JWKSet(KEY.toPublicJWK()).toString();
    }

    private static String sign(UUID accountId, Instant expiresAt, String... roles) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject(accountId.toString())
                    .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(20))))
                    .expirationTime(Date.from(expiresAt))
                    .claim("roles", List.of(roles))
                    .build();
            return signed(claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signed(JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(KEY));
        return jwt.serialize();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-" + UUID.randomUUID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestTokens() {
    }
}
