package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.gateway.forwarding.RequestUrls;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.context.ApplicationContext;

/**
 * What the gateway hands on to a service and back (id.infoloker.gateway.forwarding): hop-by-hop headers stay on their
 * hop, and answers of every size arrive whole, small ones written in one piece, large ones streamed.
 */
class ForwardingTest extends GatewayIntegrationTest {

    private static final String PATH = "/api/notifications/forwarding";

    @Autowired
    private ApplicationContext context;

    @Test
    void hopByHopHeadersStayOnTheirHopInBothDirections() {
        backends.notification.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withHeader("Keep-Alive", "timeout=5")
                .withHeader("X-Application-Context", "notification-service:8084")
                .withHeader("Connection", "X-Hop")
                .withHeader("X-Hop", "only for the gateway")
                .withHeader("X-Answer", "kept")
                .withBody("{\"items\":[]}")));

        gateway.get().uri(PATH)
                .header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER")))
                .header("Connection", "keep-alive, X-Secret")
                .header("X-Secret", "only for the gateway")
                .header("TE", "trailers")
                .header("X-Kept", "yes")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("Keep-Alive")
                .expectHeader().doesNotExist("X-Application-Context")
                .expectHeader().doesNotExist("X-Hop")
                .expectHeader().valueEquals("X-Answer", "kept")
                .expectBody().json("{\"items\":[]}");

        backends.notification.server().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withHeader("X-Secret", absent())
                .withHeader("TE", absent())
                .withHeader("X-Kept", equalTo("yes")));
        assertThat(context.containsBean("removeHopByHopHeadersFilter")).isFalse();
    }

    @Test
    void aRequestReachesTheServiceAtThePathAndQueryTheClientSent() {
        backends.notification.server().stubFor(get(urlPathEqualTo(PATH + "/caf%C3%A9")).willReturn(okJson("[]")));

        gateway.get().uri(URI.create("http://127.0.0.1:" + port + PATH + "/caf%C3%A9?q=operator%20produksi&&page=2"))
                .header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER")))
                .exchange()
                .expectStatus().isOk();

        backends.notification.server().verify(getRequestedFor(
                urlEqualTo(PATH + "/caf%C3%A9?q=operator%20produksi&&page=2")));
        assertThat(context.getBeansOfType(RouteToRequestUrlFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(RequestUrls.class)).hasSize(1);
    }

    @Test
    void answersSmallAndLargeArriveWholeWithTheirLength() {
        String small = "{\"id\":\"" + "a".repeat(700) + "\"}";
        String large = "{\"id\":\"" + "b".repeat(200_000) + "\"}";
        backends.notification.server().stubFor(get(urlPathEqualTo(PATH + "/small"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("Content-Length", String.valueOf(small.length())).withBody(small)));
        backends.notification.server().stubFor(get(urlPathEqualTo(PATH + "/large"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withHeader("Content-Length", String.valueOf(large.length())).withBody(large)));
        String token = bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"));

        for (String body : new String[] {small, large}) {
            String path = PATH + (body == small ? "/small" : "/large");
            String received = gateway.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1 << 20)).build()
                    .get().uri(path).header("Authorization", token).header("Accept-Encoding", "identity")
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().contentLength(body.length())
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(received).isEqualTo(body);
        }
    }
}
