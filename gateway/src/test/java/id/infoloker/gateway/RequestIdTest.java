package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class RequestIdTest extends GatewayIntegrationTest {

    private static final String PATH = "/api/vacancies/v-1";

    @BeforeEach
    void stub() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo(PATH)).willReturn(ok("{}")));
    }

    @Test
    void newIdIsForwardedAndReturnedWhenNoneCameIn() {
        String returned = gateway.get().uri(PATH).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        UUID id = UUID.fromString(returned);
        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(onlyRequestTo(PATH).getHeader("X-Request-Id")).isEqualTo(returned);
    }

    @Test
    void validIncomingIdIsKept() {
        String id = "mobile-4f2a9c1e-0001";
        gateway.get().uri(PATH).header("X-Request-Id", id).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", id);

        backends.vacancy.server().verify(getRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Request-Id", equalTo(id)));
    }

    @Test
    void theClientsTraceIsContinuedAndForwardedToTheService() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        gateway.get().uri(PATH).header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().isOk();

        assertThat(onlyRequestTo(PATH).getHeader("traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-[0-9a-f]{2}")
                .doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void aChangeIsLoggedOnceInTheRequestsTraceWithoutItsQuery(CapturedOutput output) {
        String traceId = "5cf92f3577b34da6a3ce929d0e0e4737";
        backends.vacancy.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                urlPathEqualTo("/api/vacancies")).willReturn(com.github.tomakehurst.wiremock.client.WireMock.status(201)));
        gateway.post().uri("/api/vacancies?nik=3173000000000001").header("traceparent", "00-" + traceId
                + "-00f067aa0ba902b7-01").exchange();

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("POST /api/vacancies ->")).toList())
                .singleElement().asString().contains(traceId).doesNotContain("3173000000000001"));
    }

    /**
     * The gateway runs Reactor's limited context propagation (issue 17): its log lines get the trace from
     * RequestTrace, not from thread-locals restored around every operator. A failure answered by the fallback is
     * logged in the request's trace, as the registration's change line is.
     */
    @Test
    void aFailureAnsweredByTheFallbackIsLoggedInTheRequestsTrace(CapturedOutput output) {
        String traceId = "6df92f3577b34da6a3ce929d0e0e4738";
        backends.notification.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(
                urlPathEqualTo("/api/notifications/traced-failure")).willReturn(
                        com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                                .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER)));
        gateway.get().uri("/api/notifications/traced-failure")
                .header("Authorization", bearer(backends.tokens.valid(java.util.UUID.randomUUID(), "JOB_SEEKER")))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01").exchange()
                .expectStatus().is5xxServerError();

        org.awaitility.Awaitility.await().untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("/api/notifications/traced-failure answered by fallback")).toList())
                .singleElement().asString().contains(traceId));
    }

    @Test
    void aRequestWithoutATraceStartsOneForTheService() {
        gateway.get().uri(PATH).exchange().expectStatus().isOk();

        assertThat(onlyRequestTo(PATH).getHeader("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "has spaces in it", "semi;colon;value", "a-very-long-id-"
        + "0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789"})
    void invalidIncomingIdIsReplaced(String invalid) {
        String returned = gateway.get().uri(PATH).header("X-Request-Id", invalid).exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(returned).isNotEqualTo(invalid);
        assertThat(UUID.fromString(returned)).isNotNull();
        assertThat(onlyRequestTo(PATH).getHeader("X-Request-Id")).isEqualTo(returned);
    }

    @Test
    void errorsTheGatewayAnswersItselfCarryTheIdToo() {
        gateway.get().uri("/actuator/nowhere").header("X-Request-Id", "trace-me-0001").exchange()
                .expectStatus().isNotFound()
                .expectHeader().valueEquals("X-Request-Id", "trace-me-0001");
        gateway.get().uri("/api/notifications/me").header("X-Request-Id", "trace-me-0002").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", "trace-me-0002");
    }

    @Test
    void headersOnlyTheGatewayMaySetAreDroppedFromClients() {
        untrustedClient().get().uri(PATH)
                .header("X-Infoloker-Account-Id", UUID.randomUUID().toString())
                .header("X-Infoloker-Roles", "ADMIN")
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https")
                .header("Forwarded", "for=203.0.113.9;proto=https")
                .exchange()
                .expectStatus().isOk();

        backends.vacancy.server().verify(getRequestedFor(urlPathEqualTo(PATH))
                .withHeader("X-Infoloker-Account-Id", absent())
                .withHeader("X-Infoloker-Roles", absent())
                // The gateway states what it saw itself; the client's claims are gone.
                .withHeader("X-Forwarded-For", equalTo("127.0.0.2"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("Forwarded", notContaining("203.0.113.9"))
                .withHeader("Forwarded", notContaining("https")));
    }

    private static LoggedRequest onlyRequestTo(String path) {
        List<LoggedRequest> requests = backends.vacancy.server().findAll(getRequestedFor(urlPathEqualTo(path)));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }
}
