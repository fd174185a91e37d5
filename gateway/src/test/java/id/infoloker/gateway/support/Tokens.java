package id.infoloker.gateway.support;

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

/** Signs access tokens like account-service does (RS256, iss "infoloker", sub = account id, roles claim). */
public final class Tokens {

    public static final String KEY_ID = "test-key";

    private final RSAKey key = generate();
    /** Same key id, different key: what a forger without the private key can do at best. */
    private final RSAKey forgerKey = generate();

    public String jwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    public String valid(UUID account, String... roles) {
        return sign(key, claims(account, "infoloker", Instant.now().plusSeconds(900), roles));
    }

    /** Valid, but ends in {@code life}: an access cookie the gateway refreshes before forwarding (below 5 min). */
    public String expiringIn(Duration life, UUID account, String... roles) {
        return sign(key, claims(account, "infoloker", Instant.now().plus(life), roles));
    }

    public String forged(UUID account) {
        return sign(forgerKey, claims(account, "infoloker", Instant.now().plusSeconds(900), "ADMIN"));
    }

    /** Signed, with a key id the account service never published: what a forger can send to make one look up. */
    public String withMadeUpKeyId(UUID account) {
        return sign(forgerKey, "made-up-" + UUID.randomUUID(),
                claims(account, "infoloker", Instant.now().plusSeconds(900), "ADMIN"));
    }

    public String expired(UUID account) {
        return sign(key, claims(account, "infoloker", Instant.now().minusSeconds(600), "JOB_SEEKER"));
    }

    public String fromOtherIssuer(UUID account) {
        return sign(key, claims(account, "someone-else", Instant.now().plusSeconds(900), "JOB_SEEKER"));
    }

    private static JWTClaimsSet claims(UUID account, String issuer, Instant expiresAt, String... roles) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(account.toString())
                .claim("roles", List.of(roles))
                .issueTime(Date.from(expiresAt.minusSeconds(900)))
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        return sign(key, KEY_ID, claims);
    }

    private static String sign(RSAKey key, String keyId, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(KEY_ID).generate();
        }
        catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
