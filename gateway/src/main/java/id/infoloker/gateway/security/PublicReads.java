package id.infoloker.gateway.security;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Matches the public reads: GET and HEAD of the given path patterns. What Spring Security's
 * {@code OrServerWebExchangeMatcher} of two method-and-path matchers did, tried on every request, in one plain check.
 *
 * <p>That matcher ran as a reactive stream per request and logged each try at debug level: commons-logging's SLF4J
 * adapter turns the message into a string before logback's level check, so the unread "Trying to match using ..."
 * lines were formatted on every request. With the stream it was about 2 % of the gateway's CPU on an uncached
 * authenticated GET (issue 17, docs/benchmarks.md).
 */
final class PublicReads implements ServerWebExchangeMatcher {

    private final List<PathPattern> patterns;

    PublicReads(String... patterns) {
        this.patterns = Arrays.stream(patterns).map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return matches(exchange.getRequest()) ? MatchResult.match() : MatchResult.notMatch();
    }

    boolean matches(ServerHttpRequest request) {
        HttpMethod method = request.getMethod();
        if (!HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method)) {
            return false;
        }
        PathContainer path = request.getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "PublicReads GET, HEAD " + patterns;
    }
}
