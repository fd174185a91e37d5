package id.infoloker.gateway.session;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.requestid.RequestIdFilter;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Before security: turns a door's session cookie into {@code Authorization: Bearer} on that door's paths, refreshing
 * the token first when it is about to end (or is gone) and a refresh cookie is there. A request with its own
 * {@code Authorization} header is left alone. Session cookies are never forwarded to a service, whatever the path.
 */
@Component
public class SessionCookieFilter implements EdgeFilter {

    /** Exchange attribute: the {@link SessionDoor.Kind} whose cookie became the bearer token of this request. */
    public static final String COOKIE_AUTHENTICATED = SessionCookieFilter.class.getName() + ".authenticated";
    /** Exchange attribute: the {@link SessionDoor.Kind} whose cookies the request carried, valid or not. */
    public static final String COOKIE_PRESENT = SessionCookieFilter.class.getName() + ".present";

    private final SessionDoors doors;
    private final SessionCookies cookies;
    private final SessionResolver resolver;

    SessionCookieFilter(SessionDoors doors, SessionCookies cookies, SessionResolver resolver) {
        this.doors = doors;
        this.cookies = cookies;
        this.resolver = resolver;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20; // after request id and body limit, before Spring Security (-100)
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        Optional<SessionDoor> door = doors.forRequest(request);
        String access = door.map(d -> SessionCookies.accessTokenIn(request, d)).orElse(null);
        String refresh = door.map(d -> SessionCookies.refreshTokenIn(request, d)).orElse(null);
        if (door.isEmpty() || (access == null && refresh == null)
                || request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
            return chain.filter(withoutSessionCookies(exchange, null));
        }
        exchange.getAttributes().put(COOKIE_PRESENT, door.get().kind());
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        return resolver.resolve(door.get(), access, refresh, requestId).flatMap(resolution -> {
            if (resolution.renewedAccess() != null) {
                SessionCookies.put(exchange.getResponse().getCookies(),
                        cookies.started(door.get(), resolution.renewedAccess(), resolution.renewedRefresh()));
            }
            if (resolution.sessionEnded()) {
                SessionCookies.put(exchange.getResponse().getCookies(), cookies.ended(door.get()));
            }
            if (resolution.bearer() != null) {
                exchange.getAttributes().put(COOKIE_AUTHENTICATED, door.get().kind());
            }
            return chain.filter(withoutSessionCookies(exchange, resolution.bearer()));
        });
    }

    public static boolean isCookieAuthenticated(ServerWebExchange exchange, SessionDoor.Kind door) {
        return door == exchange.getAttribute(COOKIE_AUTHENTICATED);
    }

    public static boolean carriedSessionCookie(ServerWebExchange exchange, SessionDoor.Kind door) {
        return door == exchange.getAttribute(COOKIE_PRESENT);
    }

    /** The request as a service gets it: the token once, in Authorization (if any), and none of the session cookies. */
    private ServerWebExchange withoutSessionCookies(ServerWebExchange exchange, String bearer) {
        ServerHttpRequest request = exchange.getRequest();
        // API clients send no cookies: an absent Cookie header is not parsed on every request.
        boolean carriesSessionCookie = request.getHeaders().containsHeader(HttpHeaders.COOKIE)
                && request.getCookies().keySet().stream().anyMatch(doors.cookieNames()::contains);
        if (bearer == null && !carriesSessionCookie) {
            return exchange;
        }
        ServerHttpRequest forwarded = request.mutate().headers(headers -> {
            if (bearer != null) {
                headers.setBearerAuth(bearer);
            }
            String others = request.getCookies().values().stream()
                    .flatMap(cookies -> cookies.stream())
                    .filter(cookie -> !doors.cookieNames().contains(cookie.getName()))
                    .map(HttpCookie::toString)
                    .collect(Collectors.joining("; "));
            if (others.isEmpty()) {
                headers.remove(HttpHeaders.COOKIE);
            }
            else {
                headers.set(HttpHeaders.COOKIE, others);
            }
        }).build();
        return exchange.mutate().request(forwarded).build();
    }
}
