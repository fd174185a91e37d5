package id.infoloker.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Circuit breaker settings shared by every route's breaker (one breaker per route id).
 *
 * @param retryAfter what {@code Retry-After} tells clients when a service is down or its breaker is open
 * @param failureRateThreshold percentage of failed calls that opens the breaker
 * @param slidingWindowType {@code TIME_BASED} (default): the failure rate is over the calls of the last
 *     {@code slidingWindowSize} seconds, so old failures expire (a count-based window kept five refused calls from
 *     start-up and opened the vacancy breaker a minute later on healthy traffic); {@code COUNT_BASED}: over the last
 *     {@code slidingWindowSize} calls, however old
 * @param slidingWindowSize seconds (time-based) or calls (count-based) the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the failure rate counts
 * @param waitInOpenState how long an open breaker refuses calls before letting a few through to probe
 */
@ConfigurationProperties("infoloker.resilience")
public record ResilienceProperties(Duration retryAfter, Float failureRateThreshold,
                                   SlidingWindowType slidingWindowType, Integer slidingWindowSize, Integer minimumNumberOfCalls,
                                   Duration waitInOpenState) {

    public ResilienceProperties {
        retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        failureRateThreshold = failureRateThreshold == null ? 50f : failureRateThreshold;
        slidingWindowType = slidingWindowType == null ? SlidingWindowType.TIME_BASED : slidingWindowType;
        slidingWindowSize = slidingWindowSize == null ? 20 : slidingWindowSize;
        minimumNumberOfCalls = minimumNumberOfCalls == null ? 10 : minimumNumberOfCalls;
        waitInOpenState = waitInOpenState == null ? Duration.ofSeconds(10) : waitInOpenState;
    }
}
