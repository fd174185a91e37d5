package id.infoloker.gateway.console;

import java.time.Duration;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.web.server.ServerWebExchange;

/** The console's session cookie: the access token itself, never readable by scripts, never sent cross-site. */
public final class ConsoleCookies {

    public static final String SESSION = "INFOLOKER_CONSOLE";

    private final boolean secure;

    public ConsoleCookies(ConsoleProperties properties) {
        this.secure = properties.secureCookie();
    }

    public boolean secure() {
        return secure;
    }

    ResponseCookie session(String accessToken, Duration maxAge) {
        return builder(accessToken).maxAge(maxAge).build();
    }

    /** Same name, path and attributes with Max-Age 0: the browser deletes it. */
    ResponseCookie cleared() {
        return builder("").maxAge(Duration.ZERO).build();
    }

    static String tokenIn(ServerWebExchange exchange) {
        HttpCookie cookie = exchange.getRequest().getCookies().getFirst(SESSION);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    private ResponseCookie.ResponseCookieBuilder builder(String value) {
        return ResponseCookie.from(SESSION, value).httpOnly(true).secure(secure).sameSite("Strict").path("/");
    }
}
