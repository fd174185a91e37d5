package id.infoloker.kit.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwksUri where the account service publishes its signing keys
 * @param issuer the {@code iss} every accepted token must carry
 * @param accessTokenLifetime how long the account service's access tokens live (its {@code infoloker.jwt.access-token-ttl});
 *                            a revocation older than this cannot concern a token still valid, so the revocation
 *                            projection reads back this far at start and forgets what is older
 */
@ConfigurationProperties("infoloker.security")
public record SecurityProperties(String jwksUri, String issuer, Duration accessTokenLifetime) {

    public SecurityProperties {
        jwksUri = jwksUri == null ? "http://localhost:8081/.well-known/jwks.json" : jwksUri;
        issuer = issuer == null ? "infoloker" : issuer;
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(15) : accessTokenLifetime;
    }
}
