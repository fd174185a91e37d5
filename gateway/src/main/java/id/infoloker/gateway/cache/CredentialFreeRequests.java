package id.infoloker.gateway.cache;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Notes, before anything rewrites the request, whether the client sent no {@code Authorization} and no cookie at all.
 * Later filters change both (the session filter turns a session cookie into a bearer token and drops session cookies),
 * so the edge cache must decide on what the client sent, not on what is forwarded.
 */
@Component
public class CredentialFreeRequests implements EdgeFilter {

    static final String ATTRIBUTE = CredentialFreeRequests.class.getName() + ".credentialFree";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1; // right after the request id, before the session filter
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (!headers.containsHeader(HttpHeaders.AUTHORIZATION) && !headers.containsHeader(HttpHeaders.COOKIE)) {
            exchange.getAttributes().put(ATTRIBUTE, Boolean.TRUE);
        }
        return chain.filter(exchange);
    }

    static boolean isCredentialFree(ServerWebExchange exchange) {
        HttpHeaders forwarded = exchange.getRequest().getHeaders();
        return Boolean.TRUE.equals(exchange.getAttribute(ATTRIBUTE))
                && !forwarded.containsHeader(HttpHeaders.AUTHORIZATION)
                && !forwarded.containsHeader(HttpHeaders.COOKIE);
    }
}
