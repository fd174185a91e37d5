package id.infoloker.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** A row of the delivery table. Recipient and body are personal data: never log them. */
public record Delivery(UUID id, UUID eventId, Channel channel, String recipient, UUID accountId, String kind,
                      String language, String subject, String body, DeliveryStatus status, int attempts,
                      String lastError, Instant createdAt, Instant sentAt) {
}
