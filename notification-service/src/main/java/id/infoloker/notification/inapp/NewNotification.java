package id.infoloker.notification.inapp;

import java.time.Instant;
import java.util.UUID;

/**
 * A notification to store for an account, already in the person's language.
 *
 * @param eventId the event that caused it: with channel and recipient, the key that makes it exactly once
 * @param kind what it is about, e.g. ACCOUNT_VERIFIED
 */
public record NewNotification(
        UUID eventId,
        UUID accountId,
        String kind,
        String language,
        String title,
        String body,
        Instant createdAt) {
}
