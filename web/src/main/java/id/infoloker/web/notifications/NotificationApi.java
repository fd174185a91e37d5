package id.infoloker.web.notifications;

import id.infoloker.web.backend.Backends;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** notification-service's in-app inbox of the signed-in person: {@code /api/notifications/me} and mark read. */
@Component
class NotificationApi {

    /** The most the service answers in one list; also where "open" looks for a notification's link. */
    static final int LIMIT = 100;
    /** Karawang's time zone, for the times people read. */
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final Backends backends;

    NotificationApi(Backends backends) {
        this.backends = backends;
    }

    Inbox mine() {
        Inbox inbox = backends.notification().get().uri("/api/notifications/me?limit={limit}", LIMIT).retrieve()
                .body(Inbox.class);
        return inbox == null || inbox.items() == null ? new Inbox(0, List.of()) : inbox;
    }

    Optional<Notification> find(UUID id) {
        return mine().items().stream().filter(notification -> id.equals(notification.id())).findFirst();
    }

    /** Idempotent at the service (the first read time is kept); 404 if it is not the person's. */
    void markRead(UUID id) {
        backends.notification().post().uri("/api/notifications/{id}/read", id).retrieve().toBodilessEntity();
    }

    public record Inbox(long unread, List<Notification> items) {
    }

    /** @param link the portal page it is about, relative; null for notifications stored before links existed */
    public record Notification(UUID id, String title, String body, String link, Instant createdAt, boolean read) {

        public LocalDateTime createdAtWib() {
            return createdAt == null ? null : LocalDateTime.ofInstant(createdAt, WIB);
        }
    }
}
