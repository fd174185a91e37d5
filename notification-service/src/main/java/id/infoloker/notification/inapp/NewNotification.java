package id.infoloker.notification.inapp;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification to store for an account, already in the person's language.
 *
 * @param eventId the event that caused it: with channel and recipient, the key that makes it exactly once
 * @param kind what it is about, e.g. ACCOUNT_VERIFIED
 * @param link the portal page it is about, relative (e.g. {@code /lamaran/{id}}); null if none
 */
public record NewNotification(
        UUID eventId,
        UUID accountId,
        String kind,
        String language,
        String title,
        String body,
        String link,
        Instant createdAt) {
}
