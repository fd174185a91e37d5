package id.infoloker.gateway.cache;

import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;
import reactor.core.publisher.Sinks;

/**
 * Route filter {@code EdgeCache}: a small shared cache for anonymous GETs on public read routes (instead of Spring Cloud
 * Gateway's LocalResponseCache 5.0.4, see docs/architecture.md). Only a GET whose client sent neither
 * {@code Authorization} nor any cookie takes part; everything else goes straight to the service. What is stored is
 * decided by {@link SharedCachePolicy}; the key is route + method + path + query + the request headers the answer's
 * {@code Vary} names. Concurrent misses of one key make one call to the service and share its answer, or its failure
 * ({@link Fill}). Hits carry {@code Age} and {@code X-Edge-Cache: HIT}, and a matching {@code If-None-Match} gets a
 * 304.
 *
 * <p>Runs before the breaker, bulkhead and retry: a hit costs the service nothing and counts nowhere.
 */
@Component
public class EdgeCacheGatewayFilterFactory extends AbstractGatewayFilterFactory<EdgeCacheGatewayFilterFactory.Config> {

    /** Before the rate limit (-10) and the route's default filters (breaker 1, retry 2). */
    static final int ORDER = -20;
    static final String STATUS_HEADER = "X-Edge-Cache";

    private final EdgeCache cache;

    public EdgeCacheGatewayFilterFactory(EdgeCache cache) {
        super(Config.class);
        this.cache = cache;
    }

    @Override
    public GatewayFilter apply(Config config) {
        return new OrderedGatewayFilter(this::filter, ORDER);
    }

    private Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.GET || !CredentialFreeRequests.isCredentialFree(exchange)) {
            return chain.filter(exchange);
        }
        String resource = resource(exchange);
        List<String> vary = cache.varyOf(resource);
        String key = vary == null ? resource : VariantKeys.of(resource, vary, request.getHeaders());
        CachedResponse hit = vary == null ? null : cache.get(key);
        if (hit != null) {
            return CachedAnswers.write(exchange.getResponse(), hit, request.getHeaders(), "HIT");
        }
        Sinks.One<Fill> mine = Sinks.one();
        Sinks.One<Fill> leader = cache.joinOrLead(key, mine);
        if (leader != null) {
            return leader.asMono().flatMap(fill -> {
                if (fill instanceof Fill.Shared shared && shared.response().key().equals(
                        VariantKeys.of(resource, shared.response().vary(), request.getHeaders()))) {
                    return CachedAnswers.write(exchange.getResponse(), shared.response(), request.getHeaders(), "HIT");
                }
                exchange.getResponse().getHeaders().set(STATUS_HEADER, "MISS");
                if (fill instanceof Fill.Failed failed) {
                    // The service failed, or was too slow, for this very address a moment ago (Fill says why not
                    // again); the error handler answers the same status as a problem or a portal page.
                    return Mono.error(new ResponseStatusException(failed.status(),
                            "answered to the request this one waited for"));
                }
                // Nothing to share (not public, too large, another variant): this request fetches its own, a miss
                // like the leader's (a client arriving just as the leader finished joined it too, and was told
                // nothing).
                return chain.filter(exchange);
            });
        }
        return fetch(exchange, chain, resource, mine)
                .doFinally(signal -> cache.finished(key, mine, outcome(exchange, signal)));
    }

    /** For the requests still waiting once the leader's answer is written (a stored one was handed on already). */
    private static Fill outcome(ServerWebExchange exchange, SignalType signal) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        if (signal == SignalType.ON_COMPLETE && status != null && status.is5xxServerError()) {
            return new Fill.Failed(status);
        }
        return Fill.NOT_SHARED;
    }

    /**
     * The leader's call. Conditional headers are not forwarded, so the service sends the full answer the cache needs;
     * the client still gets its 304 if its ETag matches.
     */
    private Mono<Void> fetch(ServerWebExchange exchange, GatewayFilterChain chain, String resource,
                             Sinks.One<Fill> mine) {
        HttpHeaders clientHeaders = exchange.getRequest().getHeaders();
        ServerHttpRequest forwarded = exchange.getRequest().mutate().headers(headers -> {
            headers.remove(HttpHeaders.IF_NONE_MATCH);
            headers.remove(HttpHeaders.IF_MODIFIED_SINCE);
        }).build();
        ServerHttpResponse capturing = new CapturingResponse(exchange.getResponse(), cache,
                EdgeCacheFrontFilter.requestKey(exchange.getRequest()), resource, clientHeaders, mine);
        capturing.getHeaders().set(STATUS_HEADER, "MISS");
        return chain.filter(exchange.mutate().request(forwarded).response(capturing).build());
    }

    /** Route id + method + raw path + raw query. */
    static String resource(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        ServerHttpRequest request = exchange.getRequest();
        String query = request.getURI().getRawQuery();
        return (route == null ? "?" : route.getId()) + ' ' + request.getMethod().name() + ' '
                + request.getURI().getRawPath() + (query == null ? "" : '?' + query);
    }

    /** What a 304 or a hit needs to know about the client's {@code If-None-Match}. */
    static boolean etagMatches(HttpHeaders clientHeaders, String etag) {
        if (etag == null) {
            return false;
        }
        List<String> ifNoneMatch = clientHeaders.get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = weak(etag);
        for (String value : ifNoneMatch) {
            for (String candidate : value.split(",")) {
                String tag = candidate.trim();
                if (tag.equals("*") || weak(tag).equals(wanted)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** If-None-Match uses the weak comparison: W/"x" matches "x". */
    private static String weak(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    public static class Config {
    }
}
