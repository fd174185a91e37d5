package id.infoloker.kit.outbox;

import id.infoloker.events.EventHeaders;
import id.infoloker.kit.tracing.TraceContext;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends outbox rows to Kafka. Rows are locked with {@code FOR UPDATE SKIP LOCKED}, so several instances of a service
 * share the work without sending a row twice at the same time; a row is marked sent only after the broker acknowledged
 * it ({@code acks=all}, idempotent producer). A crash between the acknowledgement and the commit sends the row again on
 * the next pass, which is why every consumer de-duplicates by event id.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;

    public OutboxRelay(JdbcTemplate jdbc, TransactionTemplate transaction, KafkaTemplate<String, String> kafka,
                       OutboxProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.properties = properties;
    }

    /** Sends batches until the outbox is empty or the broker stops acknowledging. */
    public void relayPending() {
        int sent;
        do {
            sent = sendOneBatch();
        } while (sent == properties.batchSize());
    }

    /** @return how many rows were acknowledged and marked sent */
    int sendOneBatch() {
        Integer sent = transaction.execute(status -> {
            List<PendingEvent> batch = lockNextBatch();
            List<UUID> acknowledged = sendAndAwaitAcks(batch);
            markSent(acknowledged);
            return acknowledged.size() == batch.size() ? acknowledged.size() : -1;
        });
        return sent == null ? 0 : sent;
    }

    public long backlog() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Seconds since the oldest event still waiting for Kafka was written, 0 when none waits. With the broker away
     * the services stay ready and keep accepting work (the outbox buffers it); this age is what raises the alarm.
     */
    public double oldestUnsentAgeSeconds() {
        List<Timestamp> oldest = jdbc.queryForList(
                "SELECT occurred_at FROM outbox_event WHERE sent_at IS NULL ORDER BY position LIMIT 1", Timestamp.class);
        if (oldest.isEmpty()) {
            return 0;
        }
        return Math.max(0, Duration.between(oldest.get(0).toInstant(), Instant.now()).toMillis() / 1000.0);
    }

    public void purgeSent() {
        Instant cutoff = Instant.now().minus(properties.retention());
        jdbc.update("DELETE FROM outbox_event WHERE sent_at < ?", Timestamp.from(cutoff));
    }

    private List<PendingEvent> lockNextBatch() {
        return jdbc.query("""
                SELECT id, topic, record_key, event_type, payload, occurred_at, trace_parent
                FROM outbox_event
                WHERE sent_at IS NULL
                ORDER BY position
                LIMIT ?
                FOR UPDATE SKIP LOCKED
                """,
                (rs, row) -> new PendingEvent(rs.getObject("id", UUID.class), rs.getString("topic"),
                        rs.getString("record_key"), rs.getString("event_type"), rs.getString("payload"),
                        rs.getTimestamp("occurred_at").toInstant(), rs.getString("trace_parent")),
                properties.batchSize());
    }

    private List<UUID> sendAndAwaitAcks(List<PendingEvent> batch) {
        List<CompletableFuture<?>> sends = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            try {
                sends.add(kafka.send(event.toRecord()));
            } catch (RuntimeException e) {
                // The producer refused before sending (e.g. no metadata while the broker is down): stop here, retry later.
                log.warn("Outbox relay could not hand event {} to the producer: {}", event.id(), e.toString());
                break;
            }
        }
        List<UUID> acknowledged = new ArrayList<>(sends.size());
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.get(i).id());
            } catch (ExecutionException | TimeoutException e) {
                log.warn("Outbox relay: event {} not acknowledged by the broker, will retry: {}",
                        batch.get(i).id(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private void markSent(List<UUID> acknowledged) {
        if (acknowledged.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE outbox_event SET sent_at = now() WHERE id = ?", acknowledged, acknowledged.size(),
                (statement, id) -> statement.setObject(1, id));
    }

    record PendingEvent(UUID id, String topic, String key, String eventType, String payload, Instant occurredAt,
                        String traceParent) {

        ProducerRecord<String, String> toRecord() {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
            record.headers().add(EventHeaders.EVENT_ID, bytes(id.toString()));
            record.headers().add(EventHeaders.EVENT_TYPE, bytes(eventType));
            record.headers().add(EventHeaders.OCCURRED_AT, bytes(occurredAt.toString()));
            if (TraceContext.isValid(traceParent)) {
                record.headers().add(TraceContext.HEADER, bytes(traceParent));
            }
            return record;
        }

        private static byte[] bytes(String value) {
            return value.getBytes(StandardCharsets.UTF_8);
        }
    }
}
