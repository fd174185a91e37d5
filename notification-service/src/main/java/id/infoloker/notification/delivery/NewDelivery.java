package id.infoloker.notification.delivery;

import java.util.UUID;

/**
 * An email or SMS to send, already rendered in the person's language.
 *
 * @param recipient the email address or phone number; with the event id and channel, the key that makes it once
 */
public record NewDelivery(UUID eventId, Channel channel, String recipient, UUID accountId, String kind,
                          String language, String subject, String body) {
}
