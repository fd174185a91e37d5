package id.infoloker.verification.queue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How deep the queue is and how long its head has waited; also exported as metrics for dashboards and autoscaling. */
@Component
class QueueStatistics {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    QueueStatistics(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("verification.queue.pending", this, statistics -> statistics.current().pending())
                .description("Cases waiting for a verifier (pending or with an expired claim)")
                .register(meters);
        Gauge.builder("verification.queue.claimed", this, statistics -> statistics.current().claimed())
                .description("Cases a verifier is working on")
                .register(meters);
    }

    /** "Waiting" means claimable: pending, or claimed with an expired lease; a live claim is being worked on. */
    QueueSnapshot current() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE status = 'PENDING' OR lease_expires_at <= ?) AS pending,
                       count(*) FILTER (WHERE status = 'CLAIMED' AND lease_expires_at > ?) AS claimed,
                       min(registered_at) FILTER (WHERE status = 'PENDING' OR lease_expires_at <= ?) AS oldest
                FROM verification_case
                WHERE status IN ('PENDING', 'CLAIMED')
                """,
                (rs, row) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new QueueSnapshot(rs.getLong("pending"), rs.getLong("claimed"),
                            oldest == null ? null : oldest.toInstant());
                },
                now, now, now);
    }

    /** @param oldestWaitingSince registration time of the case at the head of the queue; null when none waits */
    record QueueSnapshot(long pending, long claimed, Instant oldestWaitingSince) {
    }
}
