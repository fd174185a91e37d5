package id.infoloker.gateway.cache;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;

/**
 * A stored 200: the service's headers (minus the per-request and hop-by-hop ones), the body, when it was stored and
 * for how long it is fresh. {@code key} is the variant it was stored under (path, query and the {@code Vary} headers).
 */
record CachedResponse(String key, HttpHeaders headers, byte[] body, List<String> vary, long storedAtNanos,
                      Duration lifetime) {

    /** Roughly what the entry costs in memory; the cache's bound is on this. */
    int weight() {
        int headerBytes = headers.headerSet().stream()
                .mapToInt(header -> header.getKey().length() + header.getValue().stream().mapToInt(String::length).sum())
                .sum();
        return body.length + headerBytes + key.length() + 64;
    }

    long ageSeconds(long nowNanos) {
        return Math.max(0, Duration.ofNanos(nowNanos - storedAtNanos).toSeconds());
    }

    String etag() {
        return headers.getETag();
    }
}
