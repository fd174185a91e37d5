package id.infoloker.notification.delivery;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * One retry (exponential back-off) and one circuit breaker per provider, i.e. per channel: a dead SMS provider opens
 * only the SMS circuit, email keeps flowing. Plain Resilience4j configured from {@link DeliveryProperties}.
 */
@Component
public class ProviderResilience {

    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;

    ProviderResilience(DeliveryProperties properties, MeterRegistry meters) {
        DeliveryProperties.Breaker breaker = properties.circuitBreaker();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindow())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRateThreshold())
                .waitDurationInOpenState(breaker.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // The message's own fault says nothing about the provider's health.
                .ignoreExceptions(PermanentDeliveryException.class)
                .build());
        this.retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.initialBackoff(),
                        properties.backoffMultiplier()))
                .ignoreExceptions(PermanentDeliveryException.class, CallNotPermittedException.class)
                .build());
        // resilience4j_circuitbreaker_state{name="SMS",state="open"}: the alert for a provider that stopped taking mail.
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        Arrays.stream(Channel.values()).forEach(this::circuitBreaker);
    }

    public CircuitBreaker circuitBreaker(Channel channel) {
        return breakers.circuitBreaker(channel.name());
    }

    Retry retry(Channel channel) {
        return retries.retry(channel.name());
    }
}
