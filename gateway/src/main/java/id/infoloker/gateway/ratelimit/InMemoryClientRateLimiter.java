package id.infoloker.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.publisher.Mono;

/**
 * Token buckets in this JVM, as GCRA: per bucket only a "theoretical arrival time" (TAT). A request is allowed when
 * TAT - now ≤ (capacity - 1) × interval, and then TAT moves one interval on. A bucket whose TAT has passed is full again
 * and is the same as no bucket, which is what makes eviction safe.
 */
public class InMemoryClientRateLimiter implements ClientRateLimiter {

    private final ConcurrentMap<String, Long> arrivalTimes = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxTrackedClients;
    private final AtomicLong lastSweep = new AtomicLong();

    public InMemoryClientRateLimiter(Clock clock, int maxTrackedClients) {
        this.clock = clock;
        this.maxTrackedClients = maxTrackedClients;
    }

    @Override
    public Mono<RateLimitDecision> tryAcquire(String policyName, RateLimitPolicy policy, String client) {
        return Mono.fromSupplier(() -> decide(policyName + '|' + client, policy));
    }

    RateLimitDecision decide(String key, RateLimitPolicy policy) {
        long now = nanos(clock.instant());
        long interval = policy.refillInterval().toNanos();
        long tolerance = (policy.capacity() - 1L) * interval;
        long[] wait = new long[1];
        arrivalTimes.compute(key, (ignored, stored) -> {
            long tat = stored == null ? now : Math.max(stored, now);
            if (tat - now > tolerance) {
                wait[0] = tat - tolerance - now;
                return stored;
            }
            return tat + interval;
        });
        sweepIfCrowded(now);
        return wait[0] > 0 ? RateLimitDecision.refuse(Duration.ofNanos(wait[0])) : RateLimitDecision.allow();
    }

    int trackedClients() {
        return arrivalTimes.size();
    }

    /** Drops full buckets when too many clients are tracked; at most once a second, so a flood cannot make it spin. */
    private void sweepIfCrowded(long now) {
        long last = lastSweep.get();
        if (arrivalTimes.size() > maxTrackedClients && now - last > 1_000_000_000L && lastSweep.compareAndSet(last, now)) {
            arrivalTimes.values().removeIf(tat -> tat <= now);
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
