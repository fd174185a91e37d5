package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Over-large header blocks: the gateway's own localised 431 (Netty answered with an empty body). */
class HeaderSizeTest extends GatewayIntegrationTest {

    @Test
    void anOverLargeCookieIsALocalised431ProblemAndNeverReachesTheService() {
        String cookie = "tracker=" + "x".repeat(12_000);
        gateway.get().uri("/api/vacancies").header("Cookie", cookie)
                .exchange()
                .expectStatus().isEqualTo(431)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("headers-too-large")
                .jsonPath("$.title").isEqualTo("Header permintaan terlalu besar")
                .jsonPath("$.maxBytes").isEqualTo(8192);
        gateway.get().uri("/api/vacancies").header("Cookie", cookie).header("Accept-Language", "en")
                .exchange()
                .expectStatus().isEqualTo(431)
                .expectBody().jsonPath("$.title").isEqualTo("Request headers too large");
        backends.vacancy.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void manyHeadersTogetherCountAsOneBlockAndAPortalPageGetsHtml() {
        var request = gateway.get().uri("/cari");
        for (int i = 0; i < 20; i++) {
            request = request.header("X-Filler-" + i, "y".repeat(500));
        }
        request.exchange()
                .expectStatus().isEqualTo(431)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(page -> assertThat(page).contains("Header permintaan terlalu besar"));
    }

    @Test
    void anOrdinaryRequestWithABearerTokenAndCookiesPasses() {
        gateway.get().uri("/api/vacancies").header("Cookie", "lang=id; " + "s=" + "z".repeat(2_000))
                .header("User-Agent", "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36")
                .exchange()
                .expectStatus().value(status -> assertThat(status).isNotEqualTo(431));
    }
}
