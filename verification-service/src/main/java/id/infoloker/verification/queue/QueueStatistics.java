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
public class QueueStatistics {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    QueueStatistics(JdbcTemplate jdbc, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.clock = clock;
        Gauge.builder("verification.queue.pending", this, statistics -> statistics.current().pending())
                .description("Cases waiting for a verifier (complete, pending or with an expired claim)")
                .register(meters);
        Gauge.builder("verification.queue.claimed", this, statistics -> statistics.current().claimed())
                .description("Cases a verifier is working on")
                .register(meters);
    }

    /**
     * "Waiting" means claimable: every required document in, pending or claimed with an expired lease; a live claim
     * is being worked on; a case still missing documents waits for the person, not for staff.
     */
    public QueueSnapshot current() {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE documents_complete
                                          AND (status = 'PENDING' OR lease_expires_at <= ?)) AS pending,
                       count(*) FILTER (WHERE status = 'CLAIMED' AND lease_expires_at > ?) AS claimed,
                       count(*) FILTER (WHERE status = 'PENDING' AND NOT documents_complete) AS awaiting_documents,
                       min(registered_at) FILTER (WHERE documents_complete
                                                    AND (status = 'PENDING' OR lease_expires_at <= ?)) AS oldest
                FROM verification_case
                WHERE status IN ('PENDING', 'CLAIMED')
                """,
                (rs, row) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new QueueSnapshot(rs.getLong("pending"), rs.getLong("claimed"),
                            rs.getLong("awaiting_documents"), oldest == null ? null : oldest.toInstant());
                },
                now, now, now);
    }

    /**
     * @param awaitingDocuments  open cases still missing a required document (not offered to staff)
     * @param oldestWaitingSince registration time of the oldest waiting case; null when none waits
     */
    public record QueueSnapshot(long pending, long claimed, long awaitingDocuments, Instant oldestWaitingSince) {
    }
}
