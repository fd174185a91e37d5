package id.infoloker.gateway.headerlimit;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.problem.Problem;
import id.infoloker.gateway.problem.ProblemResponses;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses requests whose headers together are too large with the gateway's own 431 problem (an HTML page on portal
 * paths), in the caller's language. Netty's own header limit ({@code server.max-http-request-header-size}) is set far
 * above this one because Netty answers with an empty body; this limit stays below what the services' Tomcat accepts
 * (infoloker-defaults.yml) once the gateway has added its forwarding headers, so a request the gateway lets through is
 * never refused bare by a service.
 */
@Component
public class HeaderSizeFilter implements EdgeFilter {

    /** ": " and CRLF around each header line, as the client sent it. */
    private static final int LINE_OVERHEAD = 4;

    private final long maxBytes;
    private final ProblemResponses problems;

    public HeaderSizeFilter(@Value("${infoloker.header-limit.max:8KB}") DataSize max, ProblemResponses problems) {
        this.maxBytes = max.toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // with the URI limit: before the body limit and security
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (sizeOf(exchange.getRequest().getHeaders().asMultiValueMap()) > maxBytes) {
            return problems.write(exchange, Problem.of(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE,
                    "headers-too-large").with("maxBytes", maxBytes));
        }
        return chain.filter(exchange);
    }

    /**
     * Reads the headers' own map: {@code HttpHeaders.headerSet()} (and its {@code forEach}) first builds a
     * case-insensitive set of all names, a map per request that showed in the gateway's profile (issue 17).
     */
    private static long sizeOf(MultiValueMap<String, String> headers) {
        long size = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            for (String value : header.getValue()) {
                size += header.getKey().length() + value.length() + LINE_OVERHEAD;
            }
        }
        return size;
    }
}
