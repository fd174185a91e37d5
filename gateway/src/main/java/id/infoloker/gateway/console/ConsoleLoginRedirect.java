package id.infoloker.gateway.console;

import id.infoloker.gateway.session.SessionCookieFilter;
import id.infoloker.gateway.session.SessionCookies;
import id.infoloker.gateway.session.SessionDoor;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A console page without a valid token (none, or an expired/invalid console cookie that could not be refreshed) sends
 * the person to the login page and drops the stale access cookie. For htmx requests a redirect would be followed
 * inside the page fragment, so they get 401 with {@code HX-Redirect}, which makes htmx load the login page as a whole.
 */
public class ConsoleLoginRedirect implements ServerAuthenticationEntryPoint {

    private final SessionCookies cookies;
    private final SessionDoor console;

    public ConsoleLoginRedirect(SessionCookies cookies, SessionDoor console) {
        this.cookies = cookies;
        this.console = console;
    }

    /** Console pages asked for by a browser (HTML), by the console's htmx, or with the console cookies. */
    public static ServerWebExchangeMatcher consolePageRequest(ServerWebExchangeMatcher acceptsHtml) {
        return exchange -> {
            if (!ConsolePaths.isConsole(exchange.getRequest().getPath().pathWithinApplication().value())) {
                return ServerWebExchangeMatcher.MatchResult.notMatch();
            }
            if (SessionCookieFilter.carriedSessionCookie(exchange, SessionDoor.Kind.CONSOLE) || isHtmx(exchange)) {
                return ServerWebExchangeMatcher.MatchResult.match();
            }
            return acceptsHtml.matches(exchange);
        };
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        if (SessionCookies.accessTokenIn(exchange.getRequest(), console) != null) {
            SessionCookies.put(exchange.getResponse().getCookies(), List.of(cookies.clearedAccess(console)));
        }
        if (isHtmx(exchange)) {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            exchange.getResponse().getHeaders().set("HX-Redirect", ConsolePaths.LOGIN);
        }
        else {
            exchange.getResponse().setStatusCode(HttpStatus.SEE_OTHER);
            exchange.getResponse().getHeaders().setLocation(URI.create(ConsolePaths.LOGIN));
        }
        exchange.getResponse().getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
        return exchange.getResponse().setComplete();
    }

    private static boolean isHtmx(ServerWebExchange exchange) {
        return "true".equals(exchange.getRequest().getHeaders().getFirst("HX-Request"));
    }
}
