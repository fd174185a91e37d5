package id.infoloker.gateway.requestlog;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.requestid.RequestIdFilter;
import id.infoloker.gateway.tracing.RequestTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * One log line per request that changes something (not GET/HEAD/OPTIONS): method, path template-free path, status,
 * time and request id, in the request's trace (the line's trace id is the one the services and Kafka records carry).
 * Reads are not logged: at launch-day rates they would drown the rest. No query string, body or header is logged.
 */
@Component
public class ChangeRequestLogFilter implements EdgeFilter {

    private static final Logger log = LoggerFactory.getLogger(ChangeRequestLogFilter.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpMethod method = exchange.getRequest().getMethod();
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return Mono.deferContextual(context -> chain.filter(exchange).doFinally(signal -> RequestTrace.log(context,
                () -> log.info("{} {} -> {} in {} ms (request id {})", method,
                        exchange.getRequest().getPath().value(), exchange.getResponse().getStatusCode(),
                        (System.nanoTime() - start) / 1_000_000, exchange.getAttribute(RequestIdFilter.ATTRIBUTE)))));
    }
}
