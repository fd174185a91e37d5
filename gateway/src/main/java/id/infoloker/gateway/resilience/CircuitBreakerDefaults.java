package id.infoloker.gateway.resilience;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's breakers are named after their route (the {@code CircuitBreaker} default filter has no name). Each gets
 * a TimeLimiter slightly longer than its route's response timeout, so the route's timeout is the one that fires.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerDefaults {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeAwareCircuitBreakers(RouteTimeouts timeouts,
                                                                                    ResilienceProperties properties) {
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRateThreshold())
                .slidingWindowType(properties.slidingWindowType())
                .slidingWindowSize(properties.slidingWindowSize())
                .minimumNumberOfCalls(properties.minimumNumberOfCalls())
                .waitDurationInOpenState(properties.waitInOpenState())
                // A full bulkhead means "busy", not "broken": it must not open the breaker for everyone.
                .ignoreExceptions(BulkheadFullException.class)
                .build();
        return factory -> factory.configureDefault(routeId -> new Resilience4JConfigBuilder(routeId)
                .circuitBreakerConfig(breaker)
                .timeLimiterConfig(TimeLimiterConfig.custom()
                        .timeoutDuration(timeouts.forRoute(routeId).plus(properties.timeLimiterGrace()))
                        .build())
                .build());
    }
}
