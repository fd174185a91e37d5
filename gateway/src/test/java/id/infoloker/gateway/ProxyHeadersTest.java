package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Behind a trusted ingress that terminates TLS (k8s) versus a client that only claims to be one. */
class ProxyHeadersTest extends GatewayIntegrationTest {

    @BeforeEach
    void stub() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies")).willReturn(ok("[]")));
    }

    @Test
    void hstsWhenTheTrustedProxyTerminatedTls() {
        gateway.get().uri("/api/vacancies")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "198.51.100.20")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }

    @Test
    void anUntrustedClientCannotClaimHttps() {
        untrustedClient().get().uri("/api/vacancies")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }
}
