package id.infoloker.gateway.ratelimit;

import reactor.core.publisher.Mono;

/**
 * Decides whether one more request of a client fits its policy. The in-memory implementation counts per gateway
 * replica; a shared store (Redis, PostgreSQL) can implement this interface to count across replicas — declare it as a
 * bean and the in-memory one steps aside. See the gateway README for how the two behave with several replicas.
 */
public interface ClientRateLimiter {

    /**
     * @param policyName the policy's name, part of the counter's key (the same client has one bucket per policy)
     * @param client a stable key for the client, e.g. {@code account:<uuid>} or {@code ip:<address>}
     */
    Mono<RateLimitDecision> tryAcquire(String policyName, RateLimitPolicy policy, String client);
}
