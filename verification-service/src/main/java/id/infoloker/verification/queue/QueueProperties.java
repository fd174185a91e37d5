package id.infoloker.verification.queue;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param lease how long a verifier holds a claimed case before it goes back to the queue
 */
@ConfigurationProperties("infoloker.verification")
public record QueueProperties(Duration lease) {

    public QueueProperties {
        lease = lease == null ? Duration.ofMinutes(10) : lease;
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("infoloker.verification.lease must be positive");
        }
    }
}
