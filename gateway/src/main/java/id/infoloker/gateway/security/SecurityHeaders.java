package id.infoloker.gateway.security;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The security headers of every answer, written just before it is committed. The same headers and the same rules as
 * Spring Security's default header writers with the gateway's settings (no-referrer, HSTS for a year with
 * subdomains), so both security chains use this one filter:
 * <ul>
 *   <li>{@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate}, {@code Pragma: no-cache} and
 *       {@code Expires: 0}, unless the answer is a 304 or already has any of the three (a public read the service
 *       marked cacheable keeps its own);</li>
 *   <li>{@code X-Content-Type-Options: nosniff}, {@code X-Frame-Options: DENY}, {@code X-XSS-Protection: 0} and
 *       {@code Referrer-Policy: no-referrer}, each unless the answer already has it;</li>
 *   <li>{@code Strict-Transport-Security} only on https (TLS here, or a trusted proxy's
 *       {@code X-Forwarded-Proto}).</li>
 * </ul>
 *
 * <p>Spring Security's writers did this as a reactive chain of seven writers, each building a set of the answer's
 * header names to compare with its own; on an uncached authenticated GET that was about 3 % of the gateway's CPU
 * (issue 17, docs/benchmarks.md). Here it is one pass of look-ups. {@code SecurityHeadersTest} checks that the two
 * write the same headers, case by case.
 */
public final class SecurityHeaders implements WebFilter {

    static final String NO_CACHE = "no-cache, no-store, max-age=0, must-revalidate";

    private final String strictTransportSecurity;

    SecurityHeaders(Duration hstsMaxAge) {
        // Spring Security's exact value, space before the semicolon included.
        this.strictTransportSecurity = "max-age=" + hstsMaxAge.getSeconds() + " ; includeSubDomains";
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> write(exchange)));
        return chain.filter(exchange);
    }

    void write(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (exchange.getResponse().getStatusCode() != HttpStatus.NOT_MODIFIED
                && !headers.containsHeader(HttpHeaders.CACHE_CONTROL)
                && !headers.containsHeader(HttpHeaders.PRAGMA)
                && !headers.containsHeader(HttpHeaders.EXPIRES)) {
            headers.set(HttpHeaders.CACHE_CONTROL, NO_CACHE);
            headers.set(HttpHeaders.PRAGMA, "no-cache");
            headers.set(HttpHeaders.EXPIRES, "0");
        }
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        if (isHttps(exchange)) {
            setIfAbsent(headers, "Strict-Transport-Security", strictTransportSecurity);
        }
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "X-XSS-Protection", "0");
        setIfAbsent(headers, "Referrer-Policy", "no-referrer");
    }

    private static void setIfAbsent(HttpHeaders headers, String name, String value) {
        if (!headers.containsHeader(name)) {
            headers.set(name, value);
        }
    }

    private static boolean isHttps(ServerWebExchange exchange) {
        return "https".equalsIgnoreCase(exchange.getRequest().getURI().getScheme());
    }
}
