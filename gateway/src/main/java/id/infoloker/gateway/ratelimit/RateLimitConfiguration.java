package id.infoloker.gateway.ratelimit;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** Counts per replica; replace with a shared-store bean to count across replicas (see README). */
    @Bean
    @ConditionalOnMissingBean(ClientRateLimiter.class)
    ClientRateLimiter inMemoryClientRateLimiter(RateLimitProperties properties) {
        return new InMemoryClientRateLimiter(Clock.systemUTC(), properties.maxTrackedClients());
    }
}
