package id.infoloker.gateway.cache;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;

/**
 * A stored 200: the service's headers (minus the per-request and hop-by-hop ones), the body, when it was stored and
 * for how long it is fresh. {@code key} is the variant it was stored under (path, query and the {@code Vary} headers).
 * {@code committed} is filled when a 200 of this entry is committed: the headers as the client got them, the
 * gateway's security headers included, which {@link EdgeCacheFrontFilter} needs to answer before the security chain.
 */
record CachedResponse(String key, HttpHeaders headers, byte[] body, List<String> vary, long storedAtNanos,
                      Duration lifetime, AtomicReference<HttpHeaders> committed) {

    CachedResponse(String key, HttpHeaders headers, byte[] body, List<String> vary, long storedAtNanos,
                   Duration lifetime) {
        this(key, headers, body, vary, storedAtNanos, lifetime, new AtomicReference<>());
    }

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
