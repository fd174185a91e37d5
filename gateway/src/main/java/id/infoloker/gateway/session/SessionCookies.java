package id.infoloker.gateway.session;

import id.infoloker.gateway.console.ConsoleProperties;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The session cookies of a door: the access token (Max-Age = its remaining life) and the refresh token (Max-Age = the
 * idle timeout). Both HttpOnly, Path=/, Secure unless switched off for plain-http local runs.
 */
@Component
public class SessionCookies {

    private final boolean secure;
    private final Clock clock;

    public SessionCookies(ConsoleProperties properties) {
        this.secure = properties.secureCookie();
        this.clock = Clock.systemUTC();
    }

    public boolean secure() {
        return secure;
    }

    /** Both cookies of a fresh token pair; without a refresh token only the access cookie. */
    public List<ResponseCookie> started(SessionDoor door, Jwt access, String refreshToken) {
        ResponseCookie accessCookie = cookie(door.accessCookie(), access.getTokenValue(), door)
                .maxAge(remainingLife(access)).build();
        if (refreshToken == null || refreshToken.isBlank()) {
            return List.of(accessCookie);
        }
        return List.of(accessCookie, cookie(door.refreshCookie(), refreshToken, door).maxAge(door.idleTimeout())
                .build());
    }

    /** Both cookies with Max-Age 0: the browser deletes them. */
    public List<ResponseCookie> ended(SessionDoor door) {
        return List.of(clearedAccess(door), cookie(door.refreshCookie(), "", door).maxAge(Duration.ZERO).build());
    }

    public ResponseCookie clearedAccess(SessionDoor door) {
        return cookie(door.accessCookie(), "", door).maxAge(Duration.ZERO).build();
    }

    /** Puts cookies on a response, replacing any set earlier in the same exchange under the same name. */
    public static void put(MultiValueMap<String, ResponseCookie> target, List<ResponseCookie> cookies) {
        cookies.forEach(cookie -> target.set(cookie.getName(), cookie));
    }

    public static String accessTokenIn(ServerHttpRequest request, SessionDoor door) {
        return valueOf(request, door.accessCookie());
    }

    public static String refreshTokenIn(ServerHttpRequest request, SessionDoor door) {
        return valueOf(request, door.refreshCookie());
    }

    private Duration remainingLife(Jwt access) {
        if (access.getExpiresAt() == null) {
            return Duration.ofMinutes(15);
        }
        Duration life = Duration.between(clock.instant(), access.getExpiresAt());
        return life.isNegative() ? Duration.ZERO : life;
    }

    private ResponseCookie.ResponseCookieBuilder cookie(String name, String value, SessionDoor door) {
        return ResponseCookie.from(name, value).httpOnly(true).secure(secure).sameSite(door.sameSite()).path("/");
    }

    private static String valueOf(ServerHttpRequest request, String name) {
        HttpCookie cookie = request.getCookies().getFirst(name);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
