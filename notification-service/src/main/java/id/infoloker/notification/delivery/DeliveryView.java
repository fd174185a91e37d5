package id.infoloker.notification.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery as an ADMIN sees it (no body: the cause and the addressee are what matter to fix it). */
record DeliveryView(UUID id, UUID eventId, String channel, String recipient, UUID accountId, String kind,
                    String status, int attempts, String lastError, Instant createdAt, Instant sentAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(delivery.id(), delivery.eventId(), delivery.channel().name(), delivery.recipient(),
                delivery.accountId(), delivery.kind(), delivery.status().name(), delivery.attempts(),
                delivery.lastError(), delivery.createdAt(), delivery.sentAt());
    }
}
