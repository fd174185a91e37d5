package id.infoloker.web.session;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

/**
 * web signs people in (with the password they just typed, also right after registering) but never sets the session
 * cookie itself: it hands the token pair to the gateway in these response headers, and the gateway turns them into
 * its HttpOnly cookies, refreshes them while the person is active and strips the headers (gateway README, "Cookie
 * sessions"). One session mechanism for the console and the portal, owned by the gateway.
 */
@Component
public class SessionHandoff {

    public static final String ACCESS = "X-Infoloker-Session-Access";
    public static final String REFRESH = "X-Infoloker-Session-Refresh";
    public static final String CLEAR = "X-Infoloker-Session-Clear";

    private final CsrfTokenRepository csrfTokens;

    public SessionHandoff(CsrfTokenRepository csrfTokens) {
        this.csrfTokens = csrfTokens;
    }

    /**
     * Hands the session over and drops the CSRF token the person had before signing in: a token planted before the
     * sign-in (login CSRF) does not survive it; the next page makes a fresh one. The token is otherwise kept for the
     * whole session, so several tabs and the portal script's uploads keep working.
     */
    public void start(HttpServletRequest request, HttpServletResponse response, Tokens tokens) {
        response.setHeader(ACCESS, tokens.accessToken());
        response.setHeader(REFRESH, tokens.refreshToken());
        csrfTokens.saveToken(null, request, response);
    }

    /** After the account is erased: the gateway drops both cookies. */
    public void end(HttpServletResponse response) {
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
