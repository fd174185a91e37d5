package id.infoloker.web.backend;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the services listen (the same {@code infoloker.services.*} names the gateway uses) and how long a page waits
 * for one of them. Calls go straight to the services, not back through the gateway: the person's token travels with
 * them, and each service checks it.
 */
@ConfigurationProperties("infoloker.services")
public record ServicesProperties(String account, String vacancy, String verification, String notification,
                                 Duration connectTimeout, Duration readTimeout, Duration uploadTimeout) {

    public ServicesProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(1) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        uploadTimeout = uploadTimeout == null ? Duration.ofSeconds(30) : uploadTimeout;
    }
}
