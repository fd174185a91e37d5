package id.infoloker.gateway.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.security.Principal;
import java.util.Arrays;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who a request counts against ({@link #of}): the account when it carries a valid token (people behind one shared address — a
 * warnet, a campus, a mobile carrier's NAT — do not use up each other's limit), else the client address. IPv6 clients
 * are counted per /64, the block one subscriber typically gets, so rotating addresses inside it does not help.
 */
public final class ClientKeys {

    private ClientKeys() {
    }

    /**
     * The client address alone, whatever token the request carries: for sign-in and registration, where a valid token
     * (anyone's, easily had) must not let a client choose its own bucket.
     */
    public static String addressOf(ServerWebExchange exchange) {
        return "ip:" + address(exchange.getRequest().getRemoteAddress());
    }

    public static Mono<String> of(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(Principal::getName)
                .map(account -> "account:" + account)
                .switchIfEmpty(Mono.fromSupplier(() -> addressOf(exchange)));
    }

    public static String address(InetSocketAddress remote) {
        if (remote == null || remote.getAddress() == null) {
            return "unknown";
        }
        InetAddress address = remote.getAddress();
        if (address instanceof Inet6Address) {
            byte[] prefix = Arrays.copyOf(address.getAddress(), 16);
            Arrays.fill(prefix, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return address.getHostAddress();
    }
}
