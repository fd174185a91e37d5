package id.infoloker.gateway.bodylimit;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.problem.Problem;
import id.infoloker.gateway.problem.ProblemResponses;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Caps request bodies at the edge (uploads get the larger limit), so that no service is sent more than it is sized
 * for. A declared Content-Length over the limit is refused at once; a chunked body is counted as it streams and refused
 * when it crosses the limit.
 */
@Component
public class BodyLimitFilter implements EdgeFilter {

    private final long max;
    private final long uploadMax;
    private final List<PathPattern> uploadPaths;
    private final ProblemResponses problems;

    public BodyLimitFilter(BodyLimitProperties properties, ProblemResponses problems) {
        this.max = properties.max().toBytes();
        this.uploadMax = properties.uploadMax().toBytes();
        this.uploadPaths = properties.uploadPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10; // right after the request id, before security
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        // HTTP/1.1: a request has a body only with a Content-Length or a Transfer-Encoding. Most requests are GETs
        // with neither; they pass without a path match or a counting wrapper.
        if (declared <= 0 && !request.getHeaders().containsHeader(HttpHeaders.TRANSFER_ENCODING)) {
            return chain.filter(exchange);
        }
        long limit = limitFor(request);
        if (declared > limit) {
            return problems.write(exchange, Problem.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large")
                    .with("maxBytes", limit));
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        return chain.filter(exchange.mutate().request(new CountingRequest(request, limit)).build());
    }

    private long limitFor(ServerHttpRequest request) {
        PathContainer path = request.getPath().pathWithinApplication();
        for (PathPattern uploadPath : uploadPaths) {
            if (uploadPath.matches(path)) {
                return uploadMax;
            }
        }
        return max;
    }

    /** Fails the body stream once more than {@code limit} bytes went through. */
    private static final class CountingRequest extends ServerHttpRequestDecorator {

        private final long limit;

        CountingRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
                }
                else {
                    sink.next(buffer);
                }
            });
        }
    }
}
