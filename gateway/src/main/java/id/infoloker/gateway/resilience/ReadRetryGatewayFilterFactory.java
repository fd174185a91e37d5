package id.infoloker.gateway.resilience;

import java.time.Duration;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Route filter {@code ReadRetry}: asks the service again as {@link ReadRetryPolicy} allows. It sits inside the circuit
 * breaker (a default filter after {@code CircuitBreaker}), so the breaker counts one call however many attempts it
 * took. The answer is written to the client only after this filter is done (Spring Cloud Gateway's
 * {@code NettyWriteResponseFilter} runs outside the route's filters), so a 503 that is retried never reaches the client.
 *
 * <p>Spring Cloud Gateway's {@code Retry} filter did this before. It assembles a retry and a repeat companion
 * (reactor-extra) on every request, whatever its method; measured side by side, that was about 8 % of the gateway's
 * CPU on an uncached GET (issue 17, docs/benchmarks.md). Here a request that needs no retry costs a status check.
 * That filter also had Spring Cloud Gateway keep every request body of its routes in memory (to replay it), uploads
 * included, although only reads were ever retried; nothing keeps request bodies now.
 */
@Component
public class ReadRetryGatewayFilterFactory extends AbstractGatewayFilterFactory<ReadRetryGatewayFilterFactory.Config> {

    public ReadRetryGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public GatewayFilter apply(Config config) {
        ReadRetryPolicy policy = new ReadRetryPolicy(config.getRetries(), config.getFirstBackoff(),
                config.getMaxBackoff());
        return (exchange, chain) -> policy.covers(exchange.getRequest().getMethod(),
                carriesBody(exchange.getRequest().getHeaders()))
                ? attempt(exchange, chain, policy, 0)
                : chain.filter(exchange);
    }

    private static boolean carriesBody(HttpHeaders headers) {
        return headers.getContentLength() > 0 || headers.getFirst(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, ReadRetryPolicy policy,
                                      int retriesDone) {
        if (retriesDone == policy.retries()) {
            return chain.filter(exchange);
        }
        // The decision is taken on this attempt alone: a failure of a later attempt is never retried from here.
        return chain.filter(exchange)
                .then(Mono.fromSupplier(() -> policy.retriesAnswer(exchange.getResponse().getStatusCode())
                        && !exchange.getResponse().isCommitted()))
                .onErrorResume(failure -> policy.retriesFailure(failure) && !exchange.getResponse().isCommitted(),
                        failure -> Mono.just(true))
                .flatMap(retry -> retry ? again(exchange, chain, policy, retriesDone) : Mono.empty());
    }

    private static Mono<Void> again(ServerWebExchange exchange, GatewayFilterChain chain, ReadRetryPolicy policy,
                                    int retriesDone) {
        // Releases the first answer's connection and headers and lets the routing filter send the request again.
        ServerWebExchangeUtils.reset(exchange);
        return Mono.delay(policy.backoff(retriesDone))
                .then(Mono.defer(() -> attempt(exchange, chain, policy, retriesDone + 1)));
    }

    /** The gateway's retry settings: application.yml names the filter without args, so these are the ones used. */
    public static class Config {

        private int retries = 2;
        private Duration firstBackoff = Duration.ofMillis(50);
        private Duration maxBackoff = Duration.ofMillis(200);

        public int getRetries() {
            return retries;
        }

        public void setRetries(int retries) {
            this.retries = retries;
        }

        public Duration getFirstBackoff() {
            return firstBackoff;
        }

        public void setFirstBackoff(Duration firstBackoff) {
            this.firstBackoff = firstBackoff;
        }

        public Duration getMaxBackoff() {
            return maxBackoff;
        }

        public void setMaxBackoff(Duration maxBackoff) {
            this.maxBackoff = maxBackoff;
        }
    }
}
