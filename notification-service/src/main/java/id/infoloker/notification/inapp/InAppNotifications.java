package id.infoloker.notification.inapp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The in-app channel: notifications stored for the owner to read in the app. */
@Repository
public class InAppNotifications {

    static final String CHANNEL = "IN_APP";

    private final JdbcTemplate jdbc;

    InAppNotifications(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the notification unless one for the same event, channel and recipient exists.
     *
     * @return false for a duplicate
     */
    public boolean deliver(NewNotification notification) {
        return jdbc.update("""
                INSERT INTO notification (id, event_id, channel, recipient, account_id, kind, language, title, body,
                                          link, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id, channel, recipient) DO NOTHING
                """,
                UUID.randomUUID(), notification.eventId(), CHANNEL, notification.accountId().toString(),
                notification.accountId(), notification.kind(), notification.language(), notification.title(),
                notification.body(), notification.link(), Timestamp.from(notification.createdAt())) == 1;
    }

    /** Every notification of the account, on every channel: for erasure. */
    public void deleteAllOf(UUID accountId) {
        jdbc.update("DELETE FROM notification WHERE account_id = ?", accountId);
    }

    List<NotificationView> latestOf(UUID accountId, int limit) {
        return jdbc.query("""
                        SELECT id, title, body, link, created_at, read_at FROM notification
                        WHERE account_id = ? AND channel = ?
                        ORDER BY created_at DESC, id DESC
                        LIMIT ?
                        """,
                (rs, row) -> new NotificationView(rs.getObject("id", UUID.class), rs.getString("title"),
                        rs.getString("body"), rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("read_at") != null),
                accountId, CHANNEL, limit);
    }

    long unreadOf(UUID accountId) {
        Long unread = jdbc.queryForObject("""
                SELECT count(*) FROM notification WHERE account_id = ? AND channel = ? AND read_at IS NULL
                """, Long.class, accountId, CHANNEL);
        return unread == null ? 0 : unread;
    }

    /**
     * Marks the owner's notification read; the first read time is kept.
     *
     * @return false if the account owns no such notification
     */
    boolean markRead(UUID accountId, UUID notificationId, Instant at) {
        return jdbc.update("""
                UPDATE notification SET read_at = COALESCE(read_at, ?)
                WHERE id = ? AND account_id = ? AND channel = ?
                """, Timestamp.from(at), notificationId, accountId, CHANNEL) == 1;
    }
}
