package id.infoloker.notification.inapp;

import java.time.Instant;
import java.util.UUID;

record NotificationView(UUID id, String title, String body, Instant createdAt, boolean read) {
}
