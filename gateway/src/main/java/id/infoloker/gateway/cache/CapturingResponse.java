package id.infoloker.gateway.cache;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * The leader's response on a miss: when the service's answer may be stored, its body is collected, stored, handed to
 * the requests waiting for the same key, and written to this client (as a 304 when its {@code If-None-Match} matches);
 * anything else passes through untouched.
 */
final class CapturingResponse extends ServerHttpResponseDecorator {

    private final EdgeCache cache;
    private final String request;
    private final String resource;
    private final HttpHeaders clientHeaders;
    private final Sinks.One<Fill> waiting;

    CapturingResponse(ServerHttpResponse delegate, EdgeCache cache, String request, String resource,
                      HttpHeaders clientHeaders, Sinks.One<Fill> waiting) {
        super(delegate);
        this.cache = cache;
        this.request = request;
        this.resource = resource;
        this.clientHeaders = clientHeaders;
        this.waiting = waiting;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
        Optional<Duration> lifetime = SharedCachePolicy.lifetime(getStatusCode(), getHeaders(),
                !getCookies().isEmpty(), cache.properties().maxTtl());
        if (lifetime.isEmpty()) {
            return super.writeWith(body);
        }
        Mono<DataBuffer> whole = DataBufferUtils.join(Flux.from(body)).defaultIfEmpty(bufferFactory().wrap(new byte[0]));
        return whole.flatMap(joined -> {
            byte[] bytes = new byte[joined.readableByteCount()];
            joined.read(bytes);
            DataBufferUtils.release(joined);
            HttpHeaders stored = CachedAnswers.storable(getHeaders());
            List<String> vary = List.copyOf(getHeaders().getVary());
            CachedResponse response = new CachedResponse(VariantKeys.of(resource, vary, clientHeaders), stored,
                    bytes, vary, System.nanoTime(), lifetime.get());
            if (bytes.length <= cache.properties().maxEntrySize().toBytes()) {
                cache.put(request, resource, response);
                waiting.tryEmitValue(new Fill.Shared(response));
            }
            return CachedAnswers.write(getDelegate(), response, clientHeaders, "MISS");
        });
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
        return super.writeAndFlushWith(body); // streamed answers (server-sent events) are never stored
    }
}
