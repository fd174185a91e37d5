package id.infoloker.gateway.session;

import java.time.Duration;
import java.util.Locale;
import java.util.function.BiPredicate;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;

/**
 * One way into Infoloker with a cookie session: its two cookies, how strictly the browser keeps them to this site,
 * how long an idle session lives and on which requests the cookie stands for a bearer token. The filter, the
 * refresher and the hand-off are the same for every door.
 *
 * @param kind which door
 * @param accessCookie name of the cookie holding the access token
 * @param refreshCookie name of the cookie holding the refresh token
 * @param sameSite {@code Strict} (console: never sent from another site) or {@code Lax} (portal: links from WhatsApp
 *                 or e-mail arrive signed in)
 * @param idleTimeout Max-Age of the refresh cookie, renewed at every refresh
 * @param refreshBefore access tokens with less life left are refreshed first
 * @param acceptsCookie the requests (method, path) on which the access cookie is turned into a bearer token
 */
public record SessionDoor(Kind kind, String accessCookie, String refreshCookie, String sameSite, Duration idleTimeout,
                          Duration refreshBefore, BiPredicate<HttpMethod, String> acceptsCookie) {

    public enum Kind { CONSOLE, PORTAL }

    public boolean acceptsCookieOn(ServerHttpRequest request) {
        return acceptsCookie.test(request.getMethod(), request.getPath().pathWithinApplication().value());
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
