package id.infoloker.kit.inbox;

import id.infoloker.events.EventHeaders;
import id.infoloker.kit.tracing.TraceContext;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a consumer idempotent: the event id is recorded in {@code processed_event} in the same transaction as the
 * consumer's effect, so a redelivered event (Kafka delivers at least once) has no second effect. If the effect throws,
 * nothing is recorded and the error handler retries, then dead-letters the record.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final String consumerName;
    private final TraceContext trace;

    public Inbox(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json, String consumerName,
                 TraceContext trace) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.consumerName = consumerName;
        this.trace = trace;
    }

    /**
     * Reads the record as {@code type} and applies {@code effect} unless this event was already processed here.
     *
     * @return true if the effect ran, false for a duplicate
     */
    public <T> boolean handle(ConsumerRecord<String, String> record, Class<T> type, Consumer<T> effect) {
        return handle(record, type, (metadata, event) -> effect.accept(event));
    }

    /** Like {@link #handle(ConsumerRecord, Class, Consumer)}, for effects that need the event's id or time. */
    public <T> boolean handle(ConsumerRecord<String, String> record, Class<T> type,
                              BiConsumer<EventMetadata, T> effect) {
        boolean[] applied = {false};
        // The effect runs in the trace of the request that caused the event: its log lines carry that trace id.
        trace.within(traceParentOf(record), "consume " + record.topic(),
                () -> applied[0] = handleInTrace(record, type, effect));
        return applied[0];
    }

    private <T> boolean handleInTrace(ConsumerRecord<String, String> record, Class<T> type,
                                      BiConsumer<EventMetadata, T> effect) {
        UUID eventId = eventIdOf(record);
        EventMetadata metadata = new EventMetadata(eventId, occurredAtOf(record), record.topic());
        T event = read(record, type);
        String consumer = consumerName + ":" + record.topic();
        Boolean applied = transaction.execute(status -> {
            int inserted = jdbc.update("""
                    INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING
                    """, consumer, eventId);
            if (inserted == 0) {
                return false;
            }
            effect.accept(metadata, event);
            return true;
        });
        if (Boolean.TRUE.equals(applied)) {
            log.info("Event {} from {} applied by {}", eventId, record.topic(), consumerName);
        } else {
            log.debug("Skipped duplicate event {} on {}", eventId, record.topic());
        }
        return Boolean.TRUE.equals(applied);
    }

    /**
     * For batch consumers: the records' events are read first (a malformed one throws before anything is written),
     * then, in one transaction, each record's event id is recorded as {@link #handle} does — a row per record — and
     * {@code effect} gets the events not processed here before, in record order, to apply together.
     *
     * @return how many events were new
     */
    public <T> int handleAll(List<ConsumerRecord<String, String>> records, Class<T> type, Consumer<List<T>> effect) {
        List<UUID> eventIds = new ArrayList<>(records.size());
        List<T> events = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            eventIds.add(eventIdOf(record));
            events.add(read(record, type));
            // One batch, many requests: each record's own trace gets a line saying its event arrived here.
            UUID eventId = eventIds.get(eventIds.size() - 1);
            trace.within(traceParentOf(record), "consume " + record.topic(),
                    () -> log.info("Event {} from {} received by {}", eventId, record.topic(), consumerName));
        }
        Integer applied = transaction.execute(status -> {
            List<Object[]> rows = new ArrayList<>(records.size());
            for (int i = 0; i < records.size(); i++) {
                rows.add(new Object[] {consumerName + ":" + records.get(i).topic(), eventIds.get(i)});
            }
            int[] inserted = jdbc.batchUpdate("""
                    INSERT INTO processed_event (consumer, event_id) VALUES (?, ?)
                    ON CONFLICT DO NOTHING
                    """, rows);
            List<T> fresh = new ArrayList<>(events.size());
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] < 0) {
                    // The driver did not count rows (e.g. rewritten batches): duplicates cannot be told apart.
                    throw new IllegalStateException("No row count for the inbox batch");
                }
                if (inserted[i] == 1) {
                    fresh.add(events.get(i));
                }
            }
            if (!fresh.isEmpty()) {
                effect.accept(fresh);
            }
            return fresh.size();
        });
        return applied == null ? 0 : applied;
    }

    private static String traceParentOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(TraceContext.HEADER);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID eventIdOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventHeaders.EVENT_ID);
        if (header == null) {
            throw new MalformedEventException("Record on " + record.topic() + " has no " + EventHeaders.EVENT_ID
                    + " header");
        }
        try {
            return UUID.fromString(new String(header.value(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Record on " + record.topic() + " has an event id that is not a UUID");
        }
    }

    private static Instant occurredAtOf(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(EventHeaders.OCCURRED_AT);
        if (header == null) {
            return Instant.ofEpochMilli(record.timestamp());
        }
        try {
            return Instant.parse(new String(header.value(), StandardCharsets.UTF_8));
        } catch (DateTimeParseException e) {
            return Instant.ofEpochMilli(record.timestamp());
        }
    }

    private <T> T read(ConsumerRecord<String, String> record, Class<T> type) {
        if (record.value() == null) {
            throw new MalformedEventException("Record on " + record.topic() + " has no payload");
        }
        try {
            return json.readValue(record.value(), type);
        } catch (JacksonException e) {
            // Jackson's own message may quote part of the payload (personal data): name only the kind and place.
            throw new MalformedEventException("Payload on " + record.topic() + " is not a valid "
                    + type.getSimpleName() + " (" + e.getClass().getSimpleName() + " at "
                    + (e.getLocation() == null ? "?" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr()) + ")");
        }
    }
}
