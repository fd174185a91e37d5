package id.infoloker.gateway.cache;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Answers edge-cache hits at the front of the chain, right after the request id: profiled under load (JFR, issue 17),
 * a hit answered by the route filter still paid for the session filter, the whole security chain and route matching,
 * none of which can change the answer to a credential-free GET that was already answered the same way.
 *
 * <p>Serves only what the route filter {@link EdgeCacheGatewayFilterFactory} stored for exactly this scheme, method, path
 * and query (so the request passed the security chain and routing before, as an anonymous request without cookies),
 * with the headers as that answer was committed (security headers included), and only when this request, too, has no
 * {@code Authorization} and no cookie. Anything else — a miss, an entry not yet committed once — goes on down the chain.
 */
@Component
public class EdgeCacheFrontFilter implements EdgeFilter {

    private final EdgeCache cache;

    EdgeCacheFrontFilter(EdgeCache cache) {
        this.cache = cache;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2; // after the request id and CredentialFreeRequests
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        HttpHeaders headers = request.getHeaders();
        if (request.getMethod() != HttpMethod.GET || headers.containsHeader(HttpHeaders.AUTHORIZATION)
                || headers.containsHeader(HttpHeaders.COOKIE)) {
            return chain.filter(exchange);
        }
        String resource = cache.resourceFor(requestKey(request));
        List<String> vary = resource == null ? null : cache.varyOf(resource);
        CachedResponse hit = vary == null ? null : cache.get(VariantKeys.of(resource, vary, headers));
        if (hit == null || hit.committed().get() == null) {
            return chain.filter(exchange);
        }
        return CachedAnswers.writeCommitted(exchange.getResponse(), hit, headers);
    }

    /** Scheme (https behind a trusted proxy: HSTS differs) + method + raw path + raw query. */
    static String requestKey(ServerHttpRequest request) {
        String query = request.getURI().getRawQuery();
        return request.getURI().getScheme() + ' ' + request.getMethod().name() + ' ' + request.getURI().getRawPath()
                + (query == null ? "" : '?' + query);
    }
}
