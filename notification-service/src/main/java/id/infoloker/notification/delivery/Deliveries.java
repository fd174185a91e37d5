package id.infoloker.notification.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The delivery table: what the consumers enqueue and the dispatcher sends. */
@Repository
public class Deliveries {

    private static final String COLUMNS = """
            id, event_id, channel, recipient, account_id, kind, language, subject, body, status, attempts,
            last_error, created_at, sent_at""";
    private static final int MAX_ERROR = 500;

    /**
     * Deliveries of this kind carry a one-time code in subject and body: once sent or failed, the text is of no
     * use to anyone and is blanked, so the table does not keep codes (the ADMIN's list never shows texts anyway).
     */
    public static final String ONE_TIME_CODE_KIND = "ONE_TIME_CODE";
    private static final String BLANK_CODE_TEXT = """
            subject = CASE WHEN kind = 'ONE_TIME_CODE' THEN '' ELSE subject END,
            body = CASE WHEN kind = 'ONE_TIME_CODE' THEN '' ELSE body END""";

    private final JdbcTemplate jdbc;

    Deliveries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the message unless one for the same event, channel and recipient exists (a redelivered event).
     *
     * @return false for a duplicate
     */
    public boolean enqueue(NewDelivery delivery, Instant at) {
        return jdbc.update("""
                INSERT INTO delivery (id, event_id, channel, recipient, account_id, kind, language, subject, body,
                                      status, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)
                ON CONFLICT (event_id, channel, recipient) DO NOTHING
                """, UUID.randomUUID(), delivery.eventId(), delivery.channel().name(), delivery.recipient(),
                delivery.accountId(), delivery.kind(), delivery.language(), delivery.subject(), delivery.body(),
                Timestamp.from(at), Timestamp.from(at)) == 1;
    }

    /** Erasure: nothing about the person stays, sent or not. */
    public void deleteAllOf(UUID accountId) {
        jdbc.update("DELETE FROM delivery WHERE account_id = ?", accountId);
    }

    /**
     * Claims up to {@code limit} due deliveries of a channel by pushing their next attempt {@code lease} into the
     * future, in one statement that skips rows another instance holds: two dispatchers never send the same row, and
     * a row whose dispatcher died becomes due again after the lease.
     */
    List<Delivery> claimDue(Channel channel, int limit, Duration lease) {
        return jdbc.query("""
                UPDATE delivery SET next_attempt_at = now() + ?::interval
                WHERE id IN (SELECT id FROM delivery
                             WHERE status = 'PENDING' AND channel = ? AND next_attempt_at <= now()
                             ORDER BY next_attempt_at
                             LIMIT ?
                             FOR UPDATE SKIP LOCKED)
                RETURNING\s""" + COLUMNS, Deliveries::map, lease.toMillis() + " milliseconds", channel.name(), limit);
    }

    void markSent(UUID id, int attempts, Instant at) {
        jdbc.update("""
                UPDATE delivery SET status = 'SENT', attempts = attempts + ?, sent_at = ?, last_error = NULL,
                """ + BLANK_CODE_TEXT + " WHERE id = ?", attempts, Timestamp.from(at), id);
    }

    void markFailed(UUID id, int attempts, String cause) {
        jdbc.update("UPDATE delivery SET status = 'FAILED', attempts = attempts + ?, last_error = ?, "
                + BLANK_CODE_TEXT + " WHERE id = ?", attempts, truncate(cause), id);
    }

    /** The provider's circuit is open: not the message's fault, try again later without counting an attempt. */
    void postpone(UUID id, Duration delay, String cause) {
        jdbc.update("""
                UPDATE delivery SET next_attempt_at = now() + ?::interval, last_error = ? WHERE id = ?
                """, delay.toMillis() + " milliseconds", truncate(cause), id);
    }

    List<Delivery> withStatus(DeliveryStatus status, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM delivery WHERE status = ? ORDER BY created_at DESC, id LIMIT ?",
                Deliveries::map, status.name(), limit);
    }

    public Optional<Delivery> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM delivery WHERE id = ?", Deliveries::map, id)
                .stream().findFirst();
    }

    public List<Delivery> ofEvent(UUID eventId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM delivery WHERE event_id = ? ORDER BY channel",
                Deliveries::map, eventId);
    }

    /**
     * FAILED → PENDING, due now. A one-time code is not sent again: its text is blanked and the code long dead; the
     * person asks for a new one.
     *
     * @return false if it is not FAILED, is a one-time code, or does not exist
     */
    boolean retry(UUID id) {
        return jdbc.update("""
                UPDATE delivery SET status = 'PENDING', next_attempt_at = now()
                WHERE id = ? AND status = 'FAILED' AND kind <> 'ONE_TIME_CODE'
                """, id) == 1;
    }

    private static String truncate(String cause) {
        return cause == null || cause.length() <= MAX_ERROR ? cause : cause.substring(0, MAX_ERROR);
    }

    private static Delivery map(ResultSet rs, int row) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new Delivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"),
                rs.getObject("account_id", UUID.class), rs.getString("kind"), rs.getString("language"),
                rs.getString("subject"), rs.getString("body"), DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant(),
                sent == null ? null : sent.toInstant());
    }
}
