package id.infoloker.kit.outbox;

import id.infoloker.events.Topics;
import id.infoloker.kit.tracing.TraceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The only way a service publishes an event: the event is written as a row in the caller's transaction, so it exists
 * if and only if the state change it describes was committed. {@link OutboxRelay} sends it to Kafka afterwards.
 */
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final TraceContext trace;

    public Outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock, TraceContext trace) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.trace = trace;
    }

    /**
     * Records {@code event} for {@code topic}, keyed by the aggregate id so one aggregate's events stay in order.
     *
     * @return the event id consumers use to drop duplicates
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID publish(String topic, Object aggregateKey, Object event) {
        if (!Topics.ALL.contains(topic)) {
            throw new IllegalArgumentException("Unknown topic " + topic);
        }
        if (!Topics.payloadTypeOf(topic).isInstance(event)) {
            throw new IllegalArgumentException(topic + " carries " + Topics.payloadTypeOf(topic).getSimpleName()
                    + ", not " + event.getClass().getSimpleName());
        }
        UUID eventId = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO outbox_event (id, topic, record_key, event_type, payload, occurred_at, trace_parent)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                eventId, topic, String.valueOf(aggregateKey), event.getClass().getSimpleName(),
                json.writeValueAsString(event), Timestamp.from(Instant.now(clock)), trace.current());
        // Ids and type only (never the payload: personal data); the line carries the request's trace id.
        log.info("Event {} {} written to the outbox for {}", event.getClass().getSimpleName(), eventId, topic);
        return eventId;
    }
}
