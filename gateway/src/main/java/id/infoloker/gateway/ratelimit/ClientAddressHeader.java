package id.infoloker.gateway.ratelimit;

import org.springframework.web.server.ServerWebExchange;

/**
 * Names the client's address to the services in {@code X-Infoloker-Client-Address} (the address the gateway saw, or
 * the trusted ingress's {@code X-Forwarded-For}; IPv6 per /64 as {@link ClientKeys} counts it). Services behind the
 * gateway only ever see the gateway or web as their peer; account-service throttles sign-ins per client with this.
 * {@code RequestIdFilter} sets it on every request, after dropping any {@code X-Infoloker-*} header a client sent.
 */
public final class ClientAddressHeader {

    public static final String HEADER = "X-Infoloker-Client-Address";

    private ClientAddressHeader() {
    }

    public static String valueFor(ServerWebExchange exchange) {
        return ClientKeys.address(exchange.getRequest().getRemoteAddress());
    }
}
