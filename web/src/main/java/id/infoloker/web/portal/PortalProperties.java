package id.infoloker.web.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl the portal's public address, for canonical links, the sitemap and JSON-LD (no trailing slash)
 * @param secureCookie whether web's own cookies (XSRF-TOKEN, lang) are https-only
 * @param publicMaxAge how long a shared cache may serve an anonymous page before asking again
 * @param staleWhileRevalidate how long after that it may still serve it while it fetches a fresh copy
 */
@ConfigurationProperties("infoloker.portal")
public record PortalProperties(String baseUrl, String name, boolean secureCookie, Duration publicMaxAge,
                               Duration staleWhileRevalidate) {

    public PortalProperties {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        name = name == null || name.isBlank() ? "Infoloker" : name;
        publicMaxAge = publicMaxAge == null ? Duration.ofSeconds(60) : publicMaxAge;
        staleWhileRevalidate = staleWhileRevalidate == null ? Duration.ofMinutes(5) : staleWhileRevalidate;
    }
}
