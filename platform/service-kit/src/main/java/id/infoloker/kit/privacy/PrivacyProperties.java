package id.infoloker.kit.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code infoloker.privacy.*}: where the personal-data keys are looked up and with which service credential.
 *
 * @param keyServiceUrl base URL of the account service (the keys' owner); empty: the origin of
 *                      {@code infoloker.security.jwks-uri}, which account-service serves too
 * @param serviceSecret shared secret the services present to read keys (a Kubernetes Secret); never logged
 * @param keyCacheTtl how long a looked-up key is kept in memory; erasure also drops it at once
 * @param keyCacheSize how many keys are kept at most
 */
@ConfigurationProperties("infoloker.privacy")
public record PrivacyProperties(
        @DefaultValue("") String keyServiceUrl,
        String serviceSecret,
        @DefaultValue("10m") Duration keyCacheTtl,
        @DefaultValue("200000") long keyCacheSize) {

    public static final String SERVICE_SECRET_HEADER = "X-Infoloker-Service-Secret";
}
