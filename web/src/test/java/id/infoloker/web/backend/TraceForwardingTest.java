package id.infoloker.web.backend;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A page's calls to the services continue the gateway's trace, so the services log under the same trace id. */
class TraceForwardingTest extends PortalTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @Test
    void thePagesCallToAServiceCarriesTheGatewaysTraceInANewSpan() {
        UUID vacancy = UUID.randomUUID();
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/" + vacancy)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not found\",\"status\":404,\"code\":\"vacancy-not-found\"}")));

        HttpResponse<String> page = send(request("/lowongan/" + vacancy, null, "id")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01").GET().build());

        assertThat(page.statusCode()).isEqualTo(404);
        List<LoggedRequest> calls = VACANCY.findAll(getRequestedFor(urlEqualTo("/api/vacancies/" + vacancy)));
        assertThat(calls).singleElement().satisfies(call -> assertThat(call.getHeader("traceparent"))
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-[0-9a-f]{2}").doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void aPageRequestedWithoutATraceStartsOneForItsCalls() {
        UUID vacancy = UUID.randomUUID();
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/" + vacancy)).willReturn(aResponse().withStatus(404)));

        open("/lowongan/" + vacancy);

        assertThat(VACANCY.findAll(getRequestedFor(urlEqualTo("/api/vacancies/" + vacancy))))
                .singleElement().satisfies(call -> assertThat(call.getHeader("traceparent"))
                        .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"));
    }
}
