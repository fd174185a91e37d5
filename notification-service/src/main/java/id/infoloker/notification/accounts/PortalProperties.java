package id.infoloker.notification.accounts;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param name the portal's name as people read it in notifications, e.g. "Infoloker Karawang"
 */
@ConfigurationProperties("infoloker.portal")
public record PortalProperties(String name) {

    public PortalProperties {
        name = name == null || name.isBlank() ? "Infoloker Karawang" : name;
    }
}
