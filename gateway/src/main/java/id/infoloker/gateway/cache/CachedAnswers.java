package id.infoloker.gateway.cache;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/** Writing a stored answer to a client, and choosing which of a service's headers are worth storing. */
final class CachedAnswers {

    /**
     * Not stored: per-request or per-connection headers, and the ones the gateway sets on every response itself
     * (request id). {@code Set-Cookie} never reaches here (such answers are not stored at all).
     */
    private static final Set<String> NOT_STORED = Set.of("x-request-id", "connection", "keep-alive",
            "transfer-encoding", "date", "age", "content-length", "set-cookie", "x-edge-cache");

    /** Kept on a 304 (RFC 9110 §15.4.5); the body's own headers are not. */
    private static final Set<String> ON_NOT_MODIFIED = Set.of("cache-control", "etag", "vary", "expires",
            "content-location");

    private CachedAnswers() {
    }

    static HttpHeaders storable(HttpHeaders headers) {
        HttpHeaders kept = new HttpHeaders();
        headers.headerSet().forEach(header -> {
            if (!NOT_STORED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                kept.addAll(header.getKey(), List.copyOf(header.getValue()));
            }
        });
        return kept;
    }

    /** Behind the security chain (route filter): the stored headers; the chain adds the gateway's own at commit. */
    static Mono<Void> write(ServerHttpResponse response, CachedResponse cached, HttpHeaders clientHeaders,
                            String status) {
        boolean notModified = EdgeCacheGatewayFilterFactory.etagMatches(clientHeaders, cached.etag());
        if (!notModified && cached.committed().get() == null) {
            // Remember the headers as committed, so that later hits can be answered by the front filter.
            response.beforeCommit(() -> {
                cached.committed().compareAndSet(null, storable(response.getHeaders()));
                return Mono.empty();
            });
        }
        return write(response, cached, cached.headers(), notModified, status);
    }

    /** Before the security chain (front filter): the headers as a client got them, security headers included. */
    static Mono<Void> writeCommitted(ServerHttpResponse response, CachedResponse cached, HttpHeaders clientHeaders) {
        boolean notModified = EdgeCacheGatewayFilterFactory.etagMatches(clientHeaders, cached.etag());
        return write(response, cached, cached.committed().get(), notModified, "HIT");
    }

    private static Mono<Void> write(ServerHttpResponse response, CachedResponse cached, HttpHeaders stored,
                                    boolean notModified, String status) {
        HttpHeaders headers = response.getHeaders();
        stored.headerSet().forEach(header -> {
            if (!notModified || ON_NOT_MODIFIED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                headers.put(header.getKey(), header.getValue());
            }
        });
        headers.set(HttpHeaders.AGE, Long.toString(cached.ageSeconds(System.nanoTime())));
        headers.set(EdgeCacheGatewayFilterFactory.STATUS_HEADER, status);
        if (notModified) {
            response.setStatusCode(HttpStatus.NOT_MODIFIED);
            headers.remove(HttpHeaders.CONTENT_LENGTH);
            return response.setComplete();
        }
        response.setStatusCode(HttpStatus.OK);
        headers.setContentLength(cached.body().length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(cached.body())));
    }
}
