package id.infoloker.web.session;

import jakarta.servlet.http.HttpServletResponse;

/**
 * web signs people in (with the password they just typed, also right after registering) but never sets the session
 * cookie itself: it hands the token pair to the gateway in these response headers, and the gateway turns them into
 * its HttpOnly cookies, refreshes them while the person is active and strips the headers (gateway README, "Cookie
 * sessions"). One session mechanism for the console and the portal, owned by the gateway.
 */
public final class SessionHandoff {

    public static final String ACCESS = "X-Infoloker-Session-Access";
    public static final String REFRESH = "X-Infoloker-Session-Refresh";
    public static final String CLEAR = "X-Infoloker-Session-Clear";

    private SessionHandoff() {
    }

    public static void start(HttpServletResponse response, Tokens tokens) {
        response.setHeader(ACCESS, tokens.accessToken());
        response.setHeader(REFRESH, tokens.refreshToken());
    }

    /** After the account is erased: the gateway drops both cookies. */
    public static void end(HttpServletResponse response) {
        response.setHeader(CLEAR, "true");
    }

    /** account-service's answer to {@code POST /api/auth/token}. */
    public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken) {

        @Override
        public String toString() {
            return "Tokens[expiresIn=" + expiresIn + "]";
        }
    }
}
