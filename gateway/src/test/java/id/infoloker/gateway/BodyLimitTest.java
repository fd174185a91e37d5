package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

/** Defaults from application.yml: 1 MB anywhere, 10 MB on document uploads. */
class BodyLimitTest extends GatewayIntegrationTest {

    @BeforeEach
    void stub() {
        backends.vacancy.server().stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(201)));
        backends.account.server().stubFor(any(urlPathMatching("/api/.*")).willReturn(aResponse().withStatus(201)));
    }

    private String token() {
        return bearer(backends.tokens.valid(UUID.randomUUID(), "EMPLOYER"));
    }

    @Test
    void declaredBodyOverTheLimitIsRefusedBeforeReachingTheService() {
        gateway.post().uri("/api/vacancies")
                .header("Authorization", token())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[1024 * 1024 + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("payload-too-large")
                .jsonPath("$.maxBytes").isEqualTo(1024 * 1024);
        backends.vacancy.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void chunkedBodyOverTheLimitIsRefused() {
        DefaultDataBufferFactory buffers = DefaultDataBufferFactory.sharedInstance;
        Flux<DataBuffer> twoMegabytes = Flux.range(0, 32).map(i -> buffers.wrap(new byte[64 * 1024]));

        gateway.post().uri("/api/vacancies")
                .header("Authorization", token())
                .contentType(MediaType.APPLICATION_JSON)
                .body(BodyInserters.fromDataBuffers(twoMegabytes))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.code").isEqualTo("payload-too-large");
        backends.vacancy.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void documentUploadsMayBeLarger() {
        gateway.post().uri("/api/accounts/me/documents")
                .header("Authorization", token())
                .contentType(MediaType.APPLICATION_PDF)
                .bodyValue(new byte[3 * 1024 * 1024])
                .exchange()
                .expectStatus().isCreated();
    }
}
