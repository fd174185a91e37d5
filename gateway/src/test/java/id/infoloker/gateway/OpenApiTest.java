package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.gateway.support.Backend;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class OpenApiTest extends GatewayIntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void swaggerUiIsServedAndListsEveryService() {
        URI location = gateway.get().uri("/swagger-ui.html")
                .exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        gateway.get().uri(location.getPath())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        gateway.get().uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[*].url").value(urls -> assertThat((List<Object>) urls).containsExactlyInAnyOrder(
                        "/v3/api-docs/account", "/v3/api-docs/vacancy", "/v3/api-docs/verification",
                        "/v3/api-docs/notification"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"account", "vacancy", "verification", "notification"})
    void eachServicesDocumentIsRoutedWithoutAToken(String service) {
        backends.all().forEach(backend -> backend.server().stubFor(get("/v3/api-docs")
                .willReturn(okJson("{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + backend.name() + "\"}}"))));

        gateway.get().uri("/v3/api-docs/" + service)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo(service);

        for (Backend backend : backends.all()) {
            int expected = backend.name().equals(service) ? 1 : 0;
            backend.server().verify(exactly(expected), anyRequestedFor(urlPathEqualTo("/v3/api-docs")));
        }
    }
}
