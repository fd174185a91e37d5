package id.infoloker.gateway.session;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.portal.PortalPaths;
import id.infoloker.gateway.requestid.RequestIdFilter;
import id.infoloker.gateway.tracing.RequestTrace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * web signs people in itself and hands the token pair over in response headers; only the gateway sets session
 * cookies. On the portal's routes a valid handed-off access token becomes the portal's two cookies, and
 * {@code X-Infoloker-Session-Clear: true} (account erased) deletes them. The three headers never reach a client,
 * from any route. Also: a response that sets a session cookie is never stored by a cache.
 */
@Component
public class SessionHandOffFilter implements EdgeFilter {

    public static final String ACCESS = "X-Infoloker-Session-Access";
    public static final String REFRESH = "X-Infoloker-Session-Refresh";
    public static final String CLEAR = "X-Infoloker-Session-Clear";

    private static final Logger log = LoggerFactory.getLogger(SessionHandOffFilter.class);

    private final SessionDoors doors;
    private final SessionCookies cookies;
    private final ReactiveJwtDecoder jwtDecoder;

    SessionHandOffFilter(SessionDoors doors, SessionCookies cookies, ReactiveJwtDecoder jwtDecoder) {
        this.doors = doors;
        this.cookies = cookies;
        this.jwtDecoder = jwtDecoder;
    }

    @Override
    public int getOrder() {
        // Early, so its commit action runs before Spring Security's header writer (which adds Cache-Control only
        // when there is none).
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> takeOver(exchange).then(Mono.fromRunnable(() -> noStoreIfCookie(
                exchange.getResponse()))));
        return chain.filter(exchange);
    }

    private Mono<Void> takeOver(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        String access = headers.getFirst(ACCESS);
        String refresh = headers.getFirst(REFRESH);
        String clear = headers.getFirst(CLEAR);
        headers.remove(ACCESS);
        headers.remove(REFRESH);
        headers.remove(CLEAR);
        if (access == null && refresh == null && clear == null) {
            return Mono.empty();
        }
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        Route route = exchange.getAttribute(GATEWAY_ROUTE_ATTR);
        if (route == null || !PortalPaths.isPortalRoute(route.getId())) {
            return RequestTrace.log(() -> log.warn("session hand-off headers from route {} ignored (request id {})",
                    route == null ? "none" : route.getId(), requestId));
        }
        SessionDoor portal = doors.portal();
        if ("true".equalsIgnoreCase(clear)) {
            SessionCookies.put(exchange.getResponse().getCookies(), cookies.ended(portal));
            return Mono.empty();
        }
        if (access == null) {
            return RequestTrace.log(() -> log.warn(
                    "session hand-off without an access token ignored (request id {})", requestId));
        }
        return jwtDecoder.decode(access)
                .doOnNext(jwt -> SessionCookies.put(exchange.getResponse().getCookies(),
                        cookies.started(portal, jwt, refresh)))
                .onErrorResume(error -> RequestTrace.log(() -> log.warn(
                                "handed-off access token failed validation, no session cookie set (request id {}): {}",
                                requestId, error.getClass().getSimpleName()))
                        .then(Mono.<Jwt>empty()))
                .then();
    }

    /** A shared cache must never keep (and hand others) a response that sets someone's session cookie. */
    private void noStoreIfCookie(ServerHttpResponse response) {
        if (response.getCookies().keySet().stream().anyMatch(doors.cookieNames()::contains)) {
            response.getHeaders().setCacheControl("no-store");
        }
    }
}
