package id.infoloker.benchmarks.drills;

import id.infoloker.devstack.Devstack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Watches for the relay's most fragile moment: records of a topic already acknowledged by the broker while their
 * outbox rows are not yet marked sent (the relay marks a batch in one transaction after all its acks). A crash then
 * means those events are sent again after the restart. Polls without pause on one kept connection, because the window
 * lasts milliseconds.
 */
final class OutboxWatch implements AutoCloseable {

    private final Connection db;
    private final PreparedStatement markedSent;
    private final Kafka kafka;
    private final String topic;

    OutboxWatch(Devstack devstack, Kafka kafka, String topic) throws SQLException {
        this.db = DriverManager.getConnection(devstack.jdbcUrl("account_service"), devstack.databaseUser(),
                devstack.databasePassword());
        this.markedSent = db.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE topic = ? AND position > ? AND sent_at IS NOT NULL");
        this.kafka = kafka;
        this.topic = topic;
    }

    /**
     * Polls until some records written to the topic after {@code offsets} have rows after {@code position} that are
     * not marked sent; returns how many (at least 1), or 0 if the moment did not come within {@code atMost}. The topic
     * is read first: a row marked in between only lowers the difference, so a positive answer is never a false one.
     */
    long awaitAcknowledgedButUnmarked(long position, long offsets, Duration atMost) throws SQLException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            long onTopic = kafka.endOffsets(topic) - offsets;
            markedSent.setString(1, topic);
            markedSent.setLong(2, position);
            try (ResultSet rows = markedSent.executeQuery()) {
                rows.next();
                long unmarked = onTopic - rows.getLong(1);
                if (unmarked > 0) {
                    return unmarked;
                }
            }
        }
        return 0;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
