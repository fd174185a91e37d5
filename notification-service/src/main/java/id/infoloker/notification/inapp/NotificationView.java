package id.infoloker.notification.inapp;

import java.time.Instant;
import java.util.UUID;

/** @param link the portal page it is about, relative; null for notifications stored before links existed */
record NotificationView(UUID id, String title, String body, String link, Instant createdAt, boolean read) {
}
