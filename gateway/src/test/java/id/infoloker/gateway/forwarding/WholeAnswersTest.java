package id.infoloker.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

class WholeAnswersTest {

    private final MockServerHttpResponse written = new MockServerHttpResponse();
    private final AtomicReference<Publisher<? extends DataBuffer>> handedOn = new AtomicReference<>();
    private final WholeAnswers.WholeAnswerResponse response = new WholeAnswers.WholeAnswerResponse(
            new ServerHttpResponseDecorator(written) {
                @Override
                public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                    handedOn.set(body);
                    return super.writeWith(body);
                }
            });

    @Test
    void aSmallAnswerOfKnownLengthIsHandedOnAsOneBuffer() {
        response.getHeaders().setContentLength(11);

        response.writeWith(chunks("hello", " ", "world")).block();

        assertThat(handedOn.get()).isInstanceOf(Mono.class);
        assertThat(written.getBodyAsString().block()).isEqualTo("hello world");
    }

    @Test
    void anAnswerOfUnknownLengthOrAboveTheLimitStreamsAsItCame() {
        Flux<DataBuffer> unknownLength = chunks("event: 1\n\n", "event: 2\n\n");
        response.writeWith(unknownLength).block();
        assertThat(handedOn.get()).isSameAs(unknownLength);

        WholeAnswers.WholeAnswerResponse large = new WholeAnswers.WholeAnswerResponse(new ServerHttpResponseDecorator(
                new MockServerHttpResponse()) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
                handedOn.set(body);
                return super.writeWith(body);
            }
        });
        large.getHeaders().setContentLength(WholeAnswers.MAX_BYTES + 1);
        Flux<DataBuffer> document = chunks("x".repeat(WholeAnswers.MAX_BYTES), "y");
        large.writeWith(document).block();
        assertThat(handedOn.get()).isSameAs(document);
    }

    private static Flux<DataBuffer> chunks(String... parts) {
        return Flux.fromArray(parts)
                .map(part -> DefaultDataBufferFactory.sharedInstance.wrap(part.getBytes(StandardCharsets.UTF_8)));
    }
}
