package id.infoloker.gateway.security;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param jwksUri where the account service publishes its signing keys
 * @param issuer the {@code iss} every accepted token must carry
 * @param corsAllowedOrigins browser origins (scheme://host[:port]) allowed to call the API cross-origin; empty = none
 */
@ConfigurationProperties("infoloker.security")
public record SecurityProperties(URI jwksUri, String issuer, List<String> corsAllowedOrigins) {

    public SecurityProperties {
        jwksUri = jwksUri == null ? URI.create("http://localhost:8081/.well-known/jwks.json") : jwksUri;
        issuer = issuer == null ? "infoloker" : issuer;
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
    }
}
