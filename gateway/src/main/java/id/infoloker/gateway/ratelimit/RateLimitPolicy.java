package id.infoloker.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: a client may send {@code capacity} requests at once, then one more per {@code refillInterval}.
 * Example: capacity 5, refill 1m = a burst of five, then one a minute.
 */
public record RateLimitPolicy(int capacity, Duration refillInterval) {

    public RateLimitPolicy {
        if (capacity < 1) {
            throw new IllegalArgumentException("A rate limit's capacity must be at least 1, was " + capacity);
        }
        if (refillInterval == null || refillInterval.isZero() || refillInterval.isNegative()) {
            throw new IllegalArgumentException("A rate limit's refill-interval must be positive, was " + refillInterval);
        }
    }
}
