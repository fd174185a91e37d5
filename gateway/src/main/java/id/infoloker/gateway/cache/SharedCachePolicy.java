package id.infoloker.gateway.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Whether a service's answer may be kept by the edge cache, and for how long. Deliberately narrow: only a 200 that
 * says {@code public} with a lifetime ({@code s-maxage}, else {@code max-age}), and never one that is also
 * {@code private}, {@code no-store} or {@code no-cache} (any of the directives, wherever it stands in the list), sets a
 * cookie, carries the gateway's {@code X-Infoloker-*} headers, or varies on everything ({@code Vary: *}). The lifetime is capped by {@code maxTtl}.
 */
final class SharedCachePolicy {

    private SharedCachePolicy() {
    }

    static Optional<Duration> lifetime(HttpStatusCode status, HttpHeaders headers, boolean setsCookie, Duration maxTtl) {
        if (status == null || status.value() != HttpStatus.OK.value() || setsCookie
                || headers.containsHeader(HttpHeaders.SET_COOKIE)) {
            return Optional.empty();
        }
        // The gateway's own namespace (session hand-off) is per person and stripped at commit, after capture.
        boolean internal = headers.headerNames().stream()
                .anyMatch(name -> name.regionMatches(true, 0, "x-infoloker-", 0, 12));
        if (internal || headers.getVary().contains("*")) {
            return Optional.empty();
        }
        CacheControlDirectives cacheControl = CacheControlDirectives.parse(headers.get(HttpHeaders.CACHE_CONTROL));
        if (!cacheControl.has("public") || cacheControl.has("private") || cacheControl.has("no-store")
                || cacheControl.has("no-cache")) {
            return Optional.empty();
        }
        OptionalLong seconds = cacheControl.seconds("s-maxage");
        if (seconds.isEmpty()) {
            seconds = cacheControl.seconds("max-age");
        }
        if (seconds.isEmpty() || seconds.getAsLong() <= 0) {
            return Optional.empty();
        }
        Duration lifetime = Duration.ofSeconds(seconds.getAsLong());
        return Optional.of(lifetime.compareTo(maxTtl) > 0 ? maxTtl : lifetime);
    }
}
