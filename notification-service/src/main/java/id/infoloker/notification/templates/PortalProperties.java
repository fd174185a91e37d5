package id.infoloker.notification.templates;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The portal as people see it in notifications; each regency's deployment sets its own.
 *
 * @param name    e.g. "Infoloker Karawang"
 * @param baseUrl where links in notifications point, e.g. "https://infoloker.karawangkab.go.id" (no trailing slash)
 */
@ConfigurationProperties("infoloker.portal")
public record PortalProperties(String name, String baseUrl) {

    public PortalProperties {
        name = name == null || name.isBlank() ? "Infoloker Karawang" : name;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
    }
}
