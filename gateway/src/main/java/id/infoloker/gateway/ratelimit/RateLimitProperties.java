package id.infoloker.gateway.ratelimit;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param policies named limits that routes refer to with the {@code ClientRateLimit=<name>} filter
 * @param maxTrackedClients above this many buckets the in-memory limiter evicts the full ones
 */
@ConfigurationProperties("infoloker.rate-limit")
public record RateLimitProperties(Map<String, RateLimitPolicy> policies, Integer maxTrackedClients) {

    public RateLimitProperties {
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        maxTrackedClients = maxTrackedClients == null ? 100_000 : maxTrackedClients;
    }

    public RateLimitPolicy policy(String name) {
        RateLimitPolicy policy = policies.get(name);
        if (policy == null) {
            throw new IllegalArgumentException("No rate limit policy '" + name + "' under infoloker.rate-limit.policies "
                    + "(known: " + policies.keySet() + ")");
        }
        return policy;
    }
}
