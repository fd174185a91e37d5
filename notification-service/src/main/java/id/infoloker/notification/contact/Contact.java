package id.infoloker.notification.contact;

import java.util.UUID;

/** How to reach an account holder and in which language. Personal data: never log it. */
public record Contact(
        UUID accountId,
        String accountType,
        String displayName,
        String email,
        String phone,
        String preferredLanguage,
        String status) {
}
