package id.infoloker.gateway.console;

import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Before security: a request to a console page or the verification API that carries the console cookie and no
 * {@code Authorization} header gets the cookie's token as a bearer token, so the edge validates it like any other and
 * the service receives {@code Authorization: Bearer}. Such a request is marked as cookie-authenticated: only those
 * need a CSRF token (a bearer-token client cannot be driven cross-site). Also sets the console's
 * Content-Security-Policy.
 */
@Component
public class ConsoleCookieFilter implements WebFilter, Ordered {

    /** Exchange attribute, {@code Boolean.TRUE} when the bearer token came from the console cookie. */
    public static final String COOKIE_AUTHENTICATED = ConsoleCookieFilter.class.getName() + ".cookie";

    /**
     * Everything from this origin only; no inline scripts or styles. Images may be data:/blob: (document previews),
     * PDFs are shown in an object/iframe from the same origin; the console is never framed by anyone.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data: blob:; "
            + "object-src 'self'; frame-src 'self'; script-src 'self'; style-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'";

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20; // after request id and body limit, before Spring Security (-100)
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (ConsolePaths.isConsole(path)) {
            exchange.getResponse().beforeCommit(() -> {
                exchange.getResponse().getHeaders().set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                return Mono.empty();
            });
        }
        String token = ConsoleCookies.tokenIn(exchange);
        if (token == null || !ConsolePaths.acceptsCookie(path)
                || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(exchange);
        }
        exchange.getAttributes().put(COOKIE_AUTHENTICATED, Boolean.TRUE);
        ServerHttpRequest request = exchange.getRequest().mutate().headers(headers -> {
            headers.setBearerAuth(token);
            // The service gets the token once, in Authorization; it has no use for the cookie copy.
            String others = exchange.getRequest().getCookies().values().stream()
                    .flatMap(cookies -> cookies.stream())
                    .filter(cookie -> !ConsoleCookies.SESSION.equals(cookie.getName()))
                    .map(HttpCookie::toString)
                    .collect(Collectors.joining("; "));
            if (others.isEmpty()) {
                headers.remove(HttpHeaders.COOKIE);
            }
            else {
                headers.set(HttpHeaders.COOKIE, others);
            }
        }).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    public static boolean isCookieAuthenticated(ServerWebExchange exchange) {
        return Boolean.TRUE.equals(exchange.getAttribute(COOKIE_AUTHENTICATED));
    }
}
