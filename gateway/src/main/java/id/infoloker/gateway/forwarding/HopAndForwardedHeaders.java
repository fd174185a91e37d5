package id.infoloker.gateway.forwarding;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * What a hop must not pass on: the hop-by-hop headers in both directions and, when no proxy is trusted, the client's
 * own {@code Forwarded} and {@code X-Forwarded-*} headers on requests. It does the work of Spring Cloud Gateway's
 * {@code RemoveHopByHopHeadersFilter}, {@code RemoveForwardedHeadersFilter} and {@code RemoveXForwardedHeadersFilter},
 * which {@link ForwardingConfiguration} takes out, with the same header names.
 *
 * <p>Why: those three each copied every header of every request, and the first every header of every answer, into a
 * new map, whether or not there was anything to remove: Spring's header map was the hottest class in the gateway's
 * profile of an uncached GET, mostly for them (issue 17, docs/benchmarks.md). This one reads the names once and copies
 * only when one of them is to go, which for an API client is never.
 */
public final class HopAndForwardedHeaders implements HttpHeadersFilter, Ordered {

    /** Spring Cloud Gateway's list ({@code RemoveHopByHopHeadersFilter.HEADERS_REMOVED_ON_REQUEST}), any case. */
    static final Set<String> HOP_BY_HOP = hopByHop();

    private static final String FORWARDED = "forwarded";
    private static final String X_FORWARDED = "x-forwarded-";

    private final Type direction;
    private final boolean dropForwarded;
    private final boolean dropXForwarded;

    private HopAndForwardedHeaders(Type direction, boolean dropForwarded, boolean dropXForwarded) {
        this.direction = direction;
        this.dropForwarded = dropForwarded;
        this.dropXForwarded = dropXForwarded;
    }

    /**
     * @param dropForwarded remove the client's {@code Forwarded} (no proxy is trusted for it)
     * @param dropXForwarded remove the client's {@code X-Forwarded-*} (no proxy is trusted for them)
     */
    public static HopAndForwardedHeaders onRequests(boolean dropForwarded, boolean dropXForwarded) {
        return new HopAndForwardedHeaders(Type.REQUEST, dropForwarded, dropXForwarded);
    }

    /** On the services' answers: the hop-by-hop headers only. */
    public static HopAndForwardedHeaders onAnswers() {
        return new HopAndForwardedHeaders(Type.RESPONSE, false, false);
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        List<String> connectionOptions = input.getConnection();
        List<String> removed = null;
        // The names as the headers' own map holds them: headerNames() first copies them into a new set, and the
        // firewall's wrapper checks each one again, on every request and every answer.
        for (String name : input.asMultiValueMap().keySet()) {
            if (removes(name, connectionOptions)) {
                if (removed == null) {
                    removed = new ArrayList<>(2);
                }
                removed.add(name);
            }
        }
        if (removed == null) {
            return input;
        }
        HttpHeaders filtered = new HttpHeaders();
        filtered.addAll(input);
        removed.forEach(filtered::remove);
        return filtered;
    }

    /**
     * Header names compare ignoring case; no lower-case copy of each name is made. The headers the {@code Connection}
     * header names (its values, split and trimmed by {@link HttpHeaders#getConnection()}) are hop-by-hop too (RFC 9110,
     * section 7.6.1).
     */
    private boolean removes(String name, List<String> connectionOptions) {
        return HOP_BY_HOP.contains(name)
                || namedBy(connectionOptions, name)
                || dropForwarded && name.equalsIgnoreCase(FORWARDED)
                || dropXForwarded && name.regionMatches(true, 0, X_FORWARDED, 0, X_FORWARDED.length());
    }

    private static boolean namedBy(List<String> connectionOptions, String name) {
        for (String option : connectionOptions) {
            if (option.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> hopByHop() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(List.of("connection", "keep-alive", "transfer-encoding", "te", "trailer", "proxy-authorization",
                "proxy-authenticate", "x-application-context", "upgrade"));
        return Collections.unmodifiableSet(names);
    }

    @Override
    public boolean supports(Type type) {
        return type == direction;
    }

    /**
     * Where Spring Cloud Gateway ran its hop-by-hop filter: last, after
     * {@code TransferEncodingNormalizationHeadersFilter} (1000), which must still see a request's
     * {@code Transfer-Encoding} to drop a {@code Content-Length} sent with it.
     */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1;
    }
}
