package id.infoloker.account.recovery;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as the gateway saw it. Only the gateway reaches this service (network policy); it drops
 * the X-Forwarded-For a client sends unless the client is a trusted proxy, and puts the client first. Without the
 * header (a direct call in the devstack or a test), the connection's address.
 */
public final class ClientAddresses {

    public static String of(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String first = forwarded.split(",", 2)[0].strip();
            if (!first.isEmpty() && first.length() <= 100) {
                return first;
            }
        }
        return request.getRemoteAddr();
    }

    private ClientAddresses() {
    }
}
