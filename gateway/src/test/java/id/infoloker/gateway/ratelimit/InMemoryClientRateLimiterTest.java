package id.infoloker.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryClientRateLimiterTest {

    private final MutableClock clock = new MutableClock();
    private final InMemoryClientRateLimiter limiter = new InMemoryClientRateLimiter(clock, 1_000);
    private final RateLimitPolicy threePerMinute = new RateLimitPolicy(3, Duration.ofSeconds(20));

    @Test
    void allowsTheBurstThenRefusesWithTheTimeUntilTheNextToken() {
        assertThat(decide("ip:1")).isEqualTo(RateLimitDecision.allow());
        assertThat(decide("ip:1")).isEqualTo(RateLimitDecision.allow());
        assertThat(decide("ip:1")).isEqualTo(RateLimitDecision.allow());

        assertThat(decide("ip:1")).isEqualTo(RateLimitDecision.refuse(Duration.ofSeconds(20)));
        clock.advance(Duration.ofSeconds(5));
        assertThat(decide("ip:1")).isEqualTo(RateLimitDecision.refuse(Duration.ofSeconds(15)));
    }

    @Test
    void refillsOneTokenPerInterval() {
        decide("ip:1");
        decide("ip:1");
        decide("ip:1");

        clock.advance(Duration.ofSeconds(20));
        assertThat(decide("ip:1").allowed()).isTrue();
        assertThat(decide("ip:1").allowed()).isFalse();

        clock.advance(Duration.ofMinutes(10));
        assertThat(decide("ip:1").allowed()).isTrue();
        assertThat(decide("ip:1").allowed()).isTrue();
        assertThat(decide("ip:1").allowed()).isTrue();
        assertThat(decide("ip:1").allowed()).as("a long pause refills at most the capacity").isFalse();
    }

    @Test
    void refusedRequestsDoNotPushTheRefillFurtherAway() {
        decide("ip:1");
        decide("ip:1");
        decide("ip:1");
        for (int i = 0; i < 50; i++) {
            assertThat(decide("ip:1").allowed()).isFalse();
        }
        clock.advance(Duration.ofSeconds(20));
        assertThat(decide("ip:1").allowed()).isTrue();
    }

    @Test
    void clientsAndPoliciesHaveSeparateBuckets() {
        decide("ip:1");
        decide("ip:1");
        decide("ip:1");

        assertThat(decide("ip:2").allowed()).isTrue();
        assertThat(limiter.tryAcquire("token", threePerMinute, "ip:1").block().allowed()).isTrue();
    }

    @Test
    void fullBucketsAreEvictedWhenTooManyClientsAreTracked() {
        InMemoryClientRateLimiter small = new InMemoryClientRateLimiter(clock, 10);
        for (int i = 0; i < 10; i++) {
            small.decide("ip:" + i, threePerMinute);
        }
        clock.advance(Duration.ofMinutes(5));
        small.decide("ip:new", threePerMinute);

        assertThat(small.trackedClients()).isEqualTo(1);
    }

    private RateLimitDecision decide(String client) {
        return limiter.tryAcquire("registration", threePerMinute, client).block();
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2020-09-14T06:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
