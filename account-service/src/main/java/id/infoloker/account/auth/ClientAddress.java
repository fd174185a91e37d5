package id.infoloker.account.auth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address of the client a sign-in (or a password-reset request) comes from. Behind the gateway every request comes from the gateway (or from
 * web, for the portal's sign-in form), so the gateway names the client in {@code X-Infoloker-Client-Address}: a header
 * only the gateway sets (it drops clients' own {@code X-Infoloker-*} headers) and web passes on. Without it (a call
 * inside the cluster, tests) the connection's peer is the client.
 */
public final class ClientAddress {

    static final String HEADER = "X-Infoloker-Client-Address";
    private static final int LONGEST = 64;

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        String named = request.getHeader(HEADER);
        if (named != null && !named.isBlank()) {
            String stripped = named.strip();
            return stripped.length() > LONGEST ? stripped.substring(0, LONGEST) : stripped;
        }
        return request.getRemoteAddr();
    }
}
