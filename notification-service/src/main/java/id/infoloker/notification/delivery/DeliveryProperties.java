package id.infoloker.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the dispatcher sends email and SMS.
 *
 * @param enabled          false stops the dispatcher (rows stay PENDING), e.g. for a benchmark of the consumers alone
 * @param pollInterval     pause between two rounds of a channel when nothing was due
 * @param batchSize        deliveries claimed per round
 * @param lease            how long a claimed row is hidden from other dispatchers (must exceed a round's duration)
 * @param maxAttempts      calls per delivery before it is FAILED (Resilience4j retry)
 * @param initialBackoff   wait before the second call; multiplied by {@code backoffMultiplier} each time
 * @param circuitBreaker   per provider (one per channel)
 */
@ConfigurationProperties("infoloker.notifications.delivery")
public record DeliveryProperties(Boolean enabled, Duration pollInterval, Integer batchSize, Duration lease,
                                 Integer maxAttempts, Duration initialBackoff, Double backoffMultiplier,
                                 Breaker circuitBreaker) {

    public DeliveryProperties {
        enabled = enabled == null || enabled;
        pollInterval = pollInterval == null ? Duration.ofSeconds(1) : pollInterval;
        batchSize = batchSize == null ? 50 : batchSize;
        lease = lease == null ? Duration.ofMinutes(5) : lease;
        maxAttempts = maxAttempts == null ? 4 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofSeconds(2) : initialBackoff;
        backoffMultiplier = backoffMultiplier == null ? 2.0 : backoffMultiplier;
        circuitBreaker = circuitBreaker == null ? new Breaker(null, null, null, null) : circuitBreaker;
    }

    /**
     * @param failureRateThreshold percentage of failed calls that opens the circuit
     * @param minimumCalls         calls before the rate counts
     * @param slidingWindow        last calls considered
     * @param openFor              how long an open circuit rejects calls before letting a few through
     */
    public record Breaker(Float failureRateThreshold, Integer minimumCalls, Integer slidingWindow, Duration openFor) {

        public Breaker {
            failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
            minimumCalls = minimumCalls == null ? 5 : minimumCalls;
            slidingWindow = slidingWindow == null ? 10 : slidingWindow;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
        }
    }
}
