package id.infoloker.verification.queue;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import id.infoloker.verification.cases.Cases;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** How deep the queue is and how long its head has waited; also exported as metrics for dashboards and autoscaling. */
@Component
public class QueueStatistics {

    private final Cases cases;
    private final Clock clock;

    QueueStatistics(Cases cases, Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.clock = clock;
        Gauge.builder("verification.queue.pending", this, statistics -> statistics.current().pending())
                .description("Cases waiting for a verifier (complete, pending or with an expired claim)")
                .register(meters);
        Gauge.builder("verification.queue.claimed", this, statistics -> statistics.current().claimed())
                .description("Cases a verifier is working on")
                .register(meters);
    }

    /**
     * "Waiting" means claimable (see QueueRules); a live claim is being worked on; a case still missing documents
     * waits for the person, not for staff.
     */
    public QueueSnapshot current() {
        Instant now = clock.instant();
        long pending = 0;
        long claimed = 0;
        long awaitingDocuments = 0;
        for (Cases.Depth depth : cases.depthByType(now).values()) {
            pending += depth.waiting();
            claimed += depth.claimed();
            awaitingDocuments += depth.awaitingDocuments();
        }
        return new QueueSnapshot(pending, claimed, awaitingDocuments, cases.oldestWaitingSince(now).orElse(null));
    }

    /**
     * @param awaitingDocuments  open cases still missing a required document (not offered to staff)
     * @param oldestWaitingSince registration time of the oldest waiting case; null when none waits
     */
    public record QueueSnapshot(long pending, long claimed, long awaitingDocuments, Instant oldestWaitingSince) {
    }
}
