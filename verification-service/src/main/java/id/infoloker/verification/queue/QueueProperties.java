package id.infoloker.verification.queue;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lease    how long a verifier holds a claimed case before it goes back to the queue
 * @param priority rules that move cases ahead in the queue; a case's priority is the sum of the boosts of the rules
 *                 it matches, computed when its checks or documents change. Empty (the default): oldest first.
 */
@ConfigurationProperties("infoloker.verification")
public record QueueProperties(Duration lease, List<PriorityRule> priority) {

    public QueueProperties {
        lease = lease == null ? Duration.ofMinutes(10) : lease;
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("infoloker.verification.lease must be positive");
        }
        priority = priority == null ? List.of() : List.copyOf(priority);
    }

    /** E.g. {@code infoloker.verification.priority[0].when=EMPLOYER}, {@code ...priority[0].boost=10}. */
    public record PriorityRule(PriorityCondition when, int boost) {
    }
}
