package id.infoloker.gateway.resilience;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway's breakers are named after their route (the {@code CircuitBreaker} default filter has no name).
 *
 * <p>They have no TimeLimiter ({@code spring.cloud.circuitbreaker.resilience4j.disable-time-limiter}): the route's
 * response timeout bounds the wait for a service: a clean 504 ({@code ResilienceTest}), an error the breaker counts.
 * A TimeLimiter a little longer than each route's timeout was kept as a backstop; it never fired first, and it put a
 * second timer on every request (issue 17, docs/benchmarks.md).
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerDefaults {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeBreakers(ResilienceProperties properties) {
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
                .build());
    }
}
