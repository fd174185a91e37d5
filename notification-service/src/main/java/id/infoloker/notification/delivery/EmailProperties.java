package id.infoloker.notification.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param from the sender address of notification emails (the SMTP server itself is {@code spring.mail.*}) */
@ConfigurationProperties("infoloker.notifications.email")
public record EmailProperties(String from) {

    public EmailProperties {
        from = from == null || from.isBlank() ? "noreply@infoloker.example" : from;
    }
}
