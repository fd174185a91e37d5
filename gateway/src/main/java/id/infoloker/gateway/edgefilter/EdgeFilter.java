package id.infoloker.gateway.edgefilter;

import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One of the gateway's own request filters (request id, limits, sessions, edge cache front...): a WebFlux filter in all
 * but name, run by {@link EdgeFilters} in its order, and all of them before Spring Security's chain (order -100). A
 * filter that must run after Spring Security stays a plain {@code WebFilter}.
 */
public interface EdgeFilter extends Ordered {

    Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain);
}
