package id.infoloker.gateway.ratelimit;

import java.time.Duration;

/** @param retryAfter when a refused client may try again; zero when allowed */
public record RateLimitDecision(boolean allowed, Duration retryAfter) {

    public static RateLimitDecision allow() {
        return new RateLimitDecision(true, Duration.ZERO);
    }

    public static RateLimitDecision refuse(Duration retryAfter) {
        return new RateLimitDecision(false, retryAfter);
    }
}
