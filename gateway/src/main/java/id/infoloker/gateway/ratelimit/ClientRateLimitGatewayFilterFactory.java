package id.infoloker.gateway.ratelimit;

import id.infoloker.gateway.problem.Problem;
import id.infoloker.gateway.problem.ProblemResponses;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code ClientRateLimit=<policy>[,address]}: counts the request against the client's bucket of that
 * policy ({@link ClientKeys#of}: the account for a request with a valid token, else the address; with {@code address},
 * always the address) and
 * answers 429 problem+json with {@code Retry-After} when it is empty. Runs before the circuit breaker, so refused
 * requests neither reach the service nor count as its failures.
 */
@Component
public class ClientRateLimitGatewayFilterFactory
        extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

    /** Before the route's default filters (circuit breaker at 1, retry at 2). */
    static final int ORDER = -10;

    private final ClientRateLimiter limiter;
    private final RateLimitProperties properties;
    private final ProblemResponses problems;

    public ClientRateLimitGatewayFilterFactory(ClientRateLimiter limiter, RateLimitProperties properties,
                                               ProblemResponses problems) {
        super(Config.class);
        this.limiter = limiter;
        this.properties = properties;
        this.problems = problems;
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("policy", "keyedBy");
    }

    @Override
    public GatewayFilter apply(Config config) {
        String name = config.getPolicy();
        RateLimitPolicy policy = properties.policy(name); // fails at startup on a typo, not at the first request
        boolean byAddress = "address".equals(config.getKeyedBy());
        if (config.getKeyedBy() != null && !byAddress) {
            throw new IllegalArgumentException("ClientRateLimit keys by 'address' or by default, not '"
                    + config.getKeyedBy() + "'");
        }
        return new OrderedGatewayFilter((exchange, chain) -> (byAddress
                        ? Mono.just(ClientKeys.addressOf(exchange)) : ClientKeys.of(exchange))
                .flatMap(client -> limiter.tryAcquire(name, policy, client))
                .flatMap(decision -> decision.allowed()
                        ? chain.filter(exchange)
                        : problems.write(exchange, Problem.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests")
                                .retryAfter(decision.retryAfter()))), ORDER);
    }

    public static class Config {

        private String policy;
        private String keyedBy;

        public String getKeyedBy() {
            return keyedBy;
        }

        public void setKeyedBy(String keyedBy) {
            this.keyedBy = keyedBy;
        }

        public String getPolicy() {
            return policy;
        }

        public void setPolicy(String policy) {
            this.policy = policy;
        }
    }
}
