package id.infoloker.gateway.requestid;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.ratelimit.ClientAddressHeader;
import id.infoloker.gateway.tracing.TraceForwarding;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.AbstractServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.support.Netty4HeadersAdapter;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

/**
 * Runs first, before security: every request leaves with one {@code X-Request-Id} (the client's if it is a sane token,
 * else a new UUID), forwarded to the service and returned in every response, errors included. Request headers in the
 * {@code X-Infoloker-} namespace are only for the gateway to set, so a client's are dropped here.
 *
 * <p>The other headers a service may believe because only the gateway sets them are set here too, in the same pass over
 * the request's headers: the client's address ({@link ClientAddressHeader}) and the trace ({@link TraceForwarding}).
 * Each copy of the headers showed in the gateway's profile; there were three, then one, now none (issue 17,
 * docs/benchmarks.md).
 */
@Component
public class RequestIdFilter implements EdgeFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";
    /** The path the client asked for, kept for problem details after a breaker forwarded to its fallback. */
    public static final String ORIGINAL_PATH_ATTRIBUTE = RequestIdFilter.class.getName() + ".path";
    static final String INTERNAL_HEADER_PREFIX = "x-infoloker-";

    /** Printable, log-safe (no spaces, no CR/LF) and bounded: anything else is replaced, not trusted. */
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,99}");

    private final TraceForwarding traceForwarding;

    public RequestIdFilter(TraceForwarding traceForwarding) {
        this.traceForwarding = traceForwarding;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String id = acceptedOrNew(exchange.getRequest().getHeaders().get(HEADER));
        exchange.getAttributes().put(ATTRIBUTE, id);
        exchange.getAttributes().put(ORIGINAL_PATH_ATTRIBUTE, exchange.getRequest().getPath().value());
        // Set at commit so that neither a service's own header nor an error handler can replace or drop it.
        exchange.getResponse().beforeCommit(() -> {
            exchange.getResponse().getHeaders().set(HEADER, id);
            return Mono.empty();
        });
        HttpHeaders received = receivedHeaders(exchange.getRequest());
        if (received != null) {
            setGatewayHeaders(received, exchange, id);
            return chain.filter(exchange);
        }
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> setGatewayHeaders(headers, exchange, id))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    private void setGatewayHeaders(HttpHeaders headers, ServerWebExchange exchange, String id) {
        if (hasInternalHeaders(headers)) { // rare: no stream and no copy of the header names on every request
            headers.headerNames().stream()
                    .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(INTERNAL_HEADER_PREFIX))
                    .toList()
                    .forEach(headers::remove);
        }
        headers.set(HEADER, id);
        headers.set(ClientAddressHeader.HEADER, ClientAddressHeader.valueFor(exchange));
        traceForwarding.addTo(headers, exchange);
    }

    /**
     * The request's headers as Reactor Netty received them, writable, so that the gateway's own are set in place.
     * Spring shows them read-only, and a mutated request first copies every header into a new map: on every request,
     * about 3 % of the gateway's CPU on an uncached GET (issue 17, docs/benchmarks.md). This filter runs first, so
     * every filter, route and the service see the headers as set here, as they saw the mutated request. Null for a
     * request that Reactor Netty did not receive (a test's mock), which is mutated as before.
     */
    private static HttpHeaders receivedHeaders(ServerHttpRequest request) {
        if (request instanceof AbstractServerHttpRequest received
                && received.getNativeRequest() instanceof HttpServerRequest netty) {
            return new HttpHeaders(new Netty4HeadersAdapter(netty.requestHeaders()));
        }
        return null;
    }

    /** Reads the names from the headers' own map; {@code HttpHeaders.forEach} first builds a set of them. */
    private static boolean hasInternalHeaders(HttpHeaders headers) {
        for (String name : headers.asMultiValueMap().keySet()) {
            if (name.regionMatches(true, 0, INTERNAL_HEADER_PREFIX, 0, INTERNAL_HEADER_PREFIX.length())) {
                return true;
            }
        }
        return false;
    }

    static String acceptedOrNew(List<String> incoming) {
        if (incoming != null && incoming.size() == 1 && VALID.matcher(incoming.get(0)).matches()) {
            return incoming.get(0);
        }
        return randomUuid().toString();
    }

    /**
     * A version 4 UUID from {@link ThreadLocalRandom}, not {@link UUID#randomUUID()}'s {@code SecureRandom}: the id
     * correlates log lines and answers and guards nothing (a client may send its own), and {@code SecureRandom} took
     * about 1 % of the gateway's CPU on an uncached GET (issue 17, docs/benchmarks.md).
     */
    static UUID randomUuid() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long version4 = random.nextLong() & ~0xF000L | 0x4000L;
        long ietfVariant = random.nextLong() & ~(0xCL << 60) | (0x8L << 60);
        return new UUID(version4, ietfVariant);
    }
}
