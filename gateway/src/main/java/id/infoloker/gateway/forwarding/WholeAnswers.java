package id.infoloker.gateway.forwarding;

import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A service's answer of known, small length goes on to the client in one write, headers and body together.
 *
 * <p>Spring Cloud Gateway hands the answer's body on as a stream ({@code NettyWriteResponseFilter}), and for a stream
 * Spring and Reactor Netty write the headers first and the body after: two writes to the client's socket per request,
 * two packets for the client to read, even when the whole body came in with the headers. Given the body as one buffer,
 * Reactor Netty writes one full response. On an uncached GET of a search answer that is one system call of three to
 * the client less (strace), and a few per cent of the gateway's CPU (issue 17, docs/benchmarks.md). The service kit
 * does the same for the services' own answers ({@code WholeAnswerFilter}).
 *
 * <p>Only answers that say their length, at most {@link #MAX_BYTES}: a file download or a stream of events still flows
 * through as it comes, without being held in memory.
 */
final class WholeAnswers implements GlobalFilter, Ordered {

    /** Larger answers stream; 64 KB covers the API's JSON and the portal's pages. */
    static final int MAX_BYTES = 64 * 1024;

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange.mutate().response(new WholeAnswerResponse(exchange.getResponse())).build());
    }

    /** Just outside the filter that writes the service's answer, so that it writes to this response. */
    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    static final class WholeAnswerResponse extends ServerHttpResponseDecorator {

        WholeAnswerResponse(ServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            long length = getHeaders().getContentLength();
            if (body instanceof Mono || length <= 0 || length > MAX_BYTES) {
                return super.writeWith(body);
            }
            return super.writeWith(DataBufferUtils.join(Flux.from(body), MAX_BYTES));
        }
    }
}
