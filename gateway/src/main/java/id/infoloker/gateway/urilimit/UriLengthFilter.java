package id.infoloker.gateway.urilimit;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.problem.Problem;
import id.infoloker.gateway.problem.ProblemResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses over-long URIs with the gateway's own 414 problem (HTML on portal paths), in the caller's language. Netty
 * used to answer them itself with an empty body: its request-line limit ({@code server.netty.max-initial-line-length})
 * is now far above this one, so such requests reach this filter; only a request line beyond Netty's limit still gets
 * Netty's bare answer.
 */
@Component
public class UriLengthFilter implements EdgeFilter {

    private final int maxLength;
    private final ProblemResponses problems;

    public UriLengthFilter(@Value("${infoloker.uri-limit.max-length:4096}") int maxLength, ProblemResponses problems) {
        this.maxLength = maxLength;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 9; // right after the request id, before the body limit and security
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String raw = exchange.getRequest().getURI().getRawPath();
        String query = exchange.getRequest().getURI().getRawQuery();
        int length = (raw == null ? 0 : raw.length()) + (query == null ? 0 : query.length() + 1);
        if (length > maxLength) {
            return problems.write(exchange, Problem.of(HttpStatus.URI_TOO_LONG, "uri-too-long")
                    .with("maxLength", maxLength));
        }
        return chain.filter(exchange);
    }
}
