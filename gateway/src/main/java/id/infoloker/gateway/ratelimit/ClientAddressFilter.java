package id.infoloker.gateway.ratelimit;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Names the client's address to the services in {@code X-Infoloker-Client-Address} (the address the gateway saw, or
 * the trusted ingress's {@code X-Forwarded-For}; IPv6 per /64 as {@link ClientKeys} counts it). Services behind the
 * gateway only ever see the gateway or web as their peer; account-service throttles sign-ins per client with this.
 * Runs right after {@code RequestIdFilter}, which drops any {@code X-Infoloker-*} header a client sent.
 */
@Component
public class ClientAddressFilter implements EdgeFilter {

    public static final String HEADER = "X-Infoloker-Client-Address";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String address = ClientKeys.address(exchange.getRequest().getRemoteAddress());
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(HEADER, address))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }
}
