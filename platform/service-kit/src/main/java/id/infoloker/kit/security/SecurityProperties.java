package id.infoloker.kit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwksUri where the account service publishes its signing keys
 * @param issuer the {@code iss} every accepted token must carry
 */
@ConfigurationProperties("infoloker.security")
public record SecurityProperties(String jwksUri, String issuer) {

    public SecurityProperties {
        jwksUri = jwksUri == null ? "http://localhost:8081/.well-known/jwks.json" : jwksUri;
        issuer = issuer == null ? "infoloker" : issuer;
    }
}
