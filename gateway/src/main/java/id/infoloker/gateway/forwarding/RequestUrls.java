package id.infoloker.gateway.forwarding;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.net.URI;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The URL a request is sent on to: the route's scheme, host and port with the path and query the client asked for,
 * exactly as it sent them (still percent-encoded). In place of Spring Cloud Gateway's {@link RouteToRequestUrlFilter}
 * (switched off in application.yml), at its order, for routes to a plain {@code http} or {@code https} address, which
 * are all of the gateway's. Any other route (a load-balanced {@code lb:} or a scheme prefix) goes to that filter.
 *
 * <p>Why: that filter takes every request's address apart into Spring's URI components, puts it together again with
 * the route's host and parses the result into a new {@link URI}, twice when the path or query is percent-encoded; about
 * 4 % of the gateway's CPU on an uncached GET (issue 17, docs/benchmarks.md). Here it is one string and one parse.
 * Rebuilding the query also tidied odd ones ({@code a=1&&b} became {@code a=1&b}); here the service gets the query as
 * the client sent it, as nginx would pass it on.
 */
@Component
public class RequestUrls implements GlobalFilter, Ordered {

    private final RouteToRequestUrlFilter others = new RouteToRequestUrlFilter();

    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        if (route == null || !isPlainHttp(route.getUri())) {
            return others.filter(exchange, chain);
        }
        exchange.getAttributes().put(GATEWAY_REQUEST_URL_ATTR, sendTo(route.getUri(), exchange.getRequest().getURI()));
        return chain.filter(exchange);
    }

    /** The route's scheme and authority, then the requested path and query as they came (raw). */
    static URI sendTo(URI route, URI requested) {
        StringBuilder url = new StringBuilder(128)
                .append(route.getScheme()).append("://").append(route.getRawAuthority());
        if (requested.getRawPath() != null) {
            url.append(requested.getRawPath());
        }
        if (requested.getRawQuery() != null) {
            url.append('?').append(requested.getRawQuery());
        }
        return URI.create(url.toString());
    }

    /** An {@code http(s)://host[:port]} address with nothing else: what {@link #sendTo} can take. */
    static boolean isPlainHttp(URI route) {
        String scheme = route.getScheme();
        return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
                && route.getHost() != null
                && route.getRawUserInfo() == null
                && (route.getRawPath() == null || route.getRawPath().isEmpty() || "/".equals(route.getRawPath()))
                && route.getRawQuery() == null
                && route.getRawFragment() == null;
    }
}
