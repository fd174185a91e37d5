package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Over-long URIs: the gateway's own localised 414 (Netty used to answer with an empty body). */
class UriLengthTest extends GatewayIntegrationTest {

    @Test
    void anOverLongApiUriIsALocalised414ProblemWithOneStatusMember() {
        String query = "a".repeat(20_000);
        byte[] body = gateway.get().uri("/api/vacancies?q=" + query)
                .exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("uri-too-long")
                .jsonPath("$.title").isEqualTo("Alamat terlalu panjang")
                .jsonPath("$.maxLength").isEqualTo(4096)
                .returnResult().getResponseBody();
        assertThat(new String(body, StandardCharsets.UTF_8).split("\"status\"", -1)).hasSize(2);

        gateway.get().uri("/api/vacancies?q=" + query).header("Accept-Language", "en")
                .exchange()
                .expectStatus().isEqualTo(414)
                .expectBody().jsonPath("$.title").isEqualTo("Address too long");
        backends.vacancy.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anOverLongPortalUriIsAnHtmlPage() {
        gateway.get().uri("/cari?q=" + "b".repeat(10_000))
                .exchange()
                .expectStatus().isEqualTo(414)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("Alamat terlalu panjang"));
    }

    @Test
    void anOrdinaryLongSearchStillPasses() {
        gateway.get().uri("/api/vacancies?q=" + "c".repeat(3_000))
                .exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(414));
    }
}
