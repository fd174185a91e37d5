package id.infoloker.gateway.session;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.infoloker.gateway.session.AccountTokenClient.Refresh;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Refreshes a session once per refresh token, however many requests ask at the same time. account-service rotates
 * refresh tokens and revokes the whole family when a used one comes back, and one page (HTML, a form post, a fetch)
 * can send several requests with the same cookie at once: each refreshing on its own would sign the person out.
 * So the first request calls account-service and every other request with the same refresh token, in flight or up
 * to {@link #REMEMBERED} later, gets the same answer (the same new pair). Per gateway instance only: with several
 * replicas, a browser's requests must stick to one (see README, "Cookie sessions").
 */
@Component
public class SessionRefresher {

    /** Long enough for the slowest parallel request of one page; short enough to hold few new token pairs. */
    static final Duration REMEMBERED = Duration.ofSeconds(60);

    private final AccountTokenClient account;
    /** Keyed by a SHA-256 of the refresh token, so the map never holds a usable old token. */
    private final Cache<String, CompletableFuture<Refresh>> recent = Caffeine.newBuilder()
            .expireAfterWrite(REMEMBERED)
            .maximumSize(100_000)
            .build();

    SessionRefresher(AccountTokenClient account) {
        this.account = account;
    }

    public Mono<Refresh> refresh(String refreshToken, String requestId) {
        String key = fingerprint(refreshToken);
        CompletableFuture<Refresh> mine = new CompletableFuture<>();
        CompletableFuture<Refresh> earlier = recent.asMap().putIfAbsent(key, mine);
        if (earlier != null) {
            return Mono.fromFuture(earlier, true);
        }
        // Subscribed here, not by the request: a client that hangs up must not cancel a call whose answer (the
        // rotated pair) the other requests of the page need.
        account.refresh(refreshToken, requestId).subscribe(result -> {
            if (result.outcome() == Refresh.Outcome.UNAVAILABLE) {
                recent.asMap().remove(key, mine); // try again on the next request, not a minute later
            }
            mine.complete(result);
        }, mine::completeExceptionally);
        // Cancelling a subscriber must not cancel the shared future.
        return Mono.fromFuture(mine, true);
    }

    static String fingerprint(String refreshToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
