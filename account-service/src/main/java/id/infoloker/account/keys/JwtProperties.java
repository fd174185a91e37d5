package id.infoloker.account.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * @param privateKeyLocation the RSA signing key, PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}), e.g.
 *                           {@code file:/run/secrets/jwt/private.pem} mounted from a Kubernetes Secret
 * @param keyId the {@code kid} published in the JWKS and put in every token's header
 * @param allowGeneratedKey without a key location, generate a throw-away key at start-up (tests, single-instance
 *                          devstack only: tokens die with the process and other instances cannot verify them)
 * @param accessTokenTtl lifetime of access tokens
 * @param refreshTokenTtl lifetime of refresh tokens
 */
@ConfigurationProperties("infoloker.jwt")
public record JwtProperties(
        Resource privateKeyLocation,
        @DefaultValue("infoloker-1") String keyId,
        @DefaultValue("false") boolean allowGeneratedKey,
        @DefaultValue("15m") Duration accessTokenTtl,
        @DefaultValue("14d") Duration refreshTokenTtl) {
}
