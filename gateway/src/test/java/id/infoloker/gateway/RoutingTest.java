package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.gateway.support.Backend;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.DispatcherHandler;
import org.springframework.web.reactive.HandlerMapping;
import org.springframework.web.reactive.function.server.support.RouterFunctionMapping;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

class RoutingTest extends GatewayIntegrationTest {

    @Autowired
    private DispatcherHandler dispatcherHandler;

    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of(HttpMethod.POST, "/api/auth/refresh", "account"),
                Arguments.of(HttpMethod.GET, "/api/accounts/me", "account"),
                Arguments.of(HttpMethod.GET, "/api/vacancies/v-1", "vacancy"),
                Arguments.of(HttpMethod.GET, "/api/vacancies", "vacancy"),
                Arguments.of(HttpMethod.POST, "/api/applications", "vacancy"),
                Arguments.of(HttpMethod.POST, "/api/verification/cases/claim-next", "verification"),
                Arguments.of(HttpMethod.GET, "/console/queue", "verification"),
                Arguments.of(HttpMethod.GET, "/api/notifications/me", "notification"),
                Arguments.of(HttpMethod.GET, "/lowongan/v-1", "web"),
                Arguments.of(HttpMethod.POST, "/dokumen/ktp", "web"));
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @MethodSource("routes")
    void eachPrefixReachesItsService(HttpMethod method, String path, String service) {
        backends.all().forEach(backend -> backend.server().stubFor(any(urlPathEqualTo(path))
                .willReturn(aResponse().withStatus(200).withBody("from " + backend.name()))));

        gateway.method(method).uri(path)
                .header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("from " + service);

        for (Backend backend : backends.all()) {
            int expected = backend.name().equals(service) ? 1 : 0;
            backend.server().verify(exactly(expected), anyRequestedFor(urlPathEqualTo(path)));
        }
    }

    @Test
    void signingKeysComeFromTheAccountService() {
        gateway.get().uri("/.well-known/jwks.json")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.keys[0].kid").isEqualTo("test-key");
    }

    @Test
    void unknownApiPathIsNotFoundProblemAndNeverReachesThePortal() {
        gateway.get().uri("/api/no/such/thing")
                .header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER")))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.code").isEqualTo("not-found")
                .jsonPath("$.title").isEqualTo("Tidak ditemukan")
                .jsonPath("$.instance").isEqualTo("/api/no/such/thing");
        gateway.get().uri("/api/no/such/thing")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        backends.web.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void problemTextsFollowAcceptLanguage() {
        gateway.get().uri("/api/no/such/thing")
                .header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER")))
                .header("Accept-Language", "en")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.title").isEqualTo("Not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/lowongan", "/lowongan/v-1", "/no/such/thing", "/css/portal-abc123.css",
        "/keluar", "/.well-known/security.txt", "/webjars/htmx/htmx.min.js"})
    void everyOtherPathIsThePortals(String path) {
        backends.web.server().stubFor(any(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<p>portal</p>")));

        gateway.get().uri(path)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("<p>portal</p>");
    }

    @Test
    void thePortalsOwnNotFoundPageIsPassedOn() {
        backends.web.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "text/html;charset=UTF-8").withBody("<h1>Halaman tidak ditemukan</h1>")));

        gateway.get().uri("/no/such/page")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).isEqualTo("<h1>Halaman tidak ditemukan</h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/heapdump", "/actuator/health",
        "/actuator/prometheus", "/actuator/gateway/routes"})
    void actuatorIsNotReachableThroughTheGateway(String path) {
        gateway.get().uri(path)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        backends.all().forEach(backend -> backend.server().verify(0, anyRequestedFor(anyUrl())));
    }

    @ParameterizedTest
    // The public reads have a security chain of their own; the firewall stands in front of every chain.
    @ValueSource(strings = {"/api/auth/..%2F..%2Factuator%2Fenv", "/api/auth/%2e%2e/%2e%2e/actuator/env",
        "/api/vacancies/..%2F..%2Factuator%2Fenv", "/api/vacancies/%2e%2e/%2e%2e/actuator/env"})
    void encodedTraversalTowardsAServiceActuatorIsRejected(String path) {
        gateway.get().uri(URI.create("http://127.0.0.1:" + port + path))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("bad-request");
        backends.all().forEach(backend -> backend.server().verify(0, anyRequestedFor(anyUrl())));
    }

    @Test
    void theBreakersFallbackIsNotAPublicEndpoint() {
        gateway.get().uri("/_gateway/fallback")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");
    }

    @Test
    void routesAreLookedUpAfterTheGatewaysOwnHandlersAndBeforeAnnotatedControllers() {
        List<Class<?>> order = dispatcherHandler.getHandlerMappings().stream()
                .<Class<?>>map(HandlerMapping::getClass).toList();

        // Router functions (console login, /keluar, the fallback) win over routes; springdoc's controllers, whose
        // paths no route takes, are only asked when no route matched (RoutesBeforeControllers).
        assertThat(order.indexOf(RouterFunctionMapping.class))
                .isNotNegative()
                .isLessThan(order.indexOf(RoutePredicateHandlerMapping.class));
        assertThat(order.indexOf(RoutePredicateHandlerMapping.class))
                .isLessThan(order.indexOf(RequestMappingHandlerMapping.class));
    }

    @Test
    void managementPortServesHealthGroupsAndPrometheus() {
        backends.vacancy.server().stubFor(any(urlPathEqualTo("/api/vacancies/metered"))
                .willReturn(aResponse().withStatus(200).withBody("{}")));
        gateway.get().uri("/api/vacancies/metered").exchange().expectStatus().isOk();
        var management = client(managementPort);
        management.get().uri("/actuator/health/liveness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("application=\"gateway\"")
                        .contains("http_server_requests")
                        // The dashboards' latency percentiles are computed from these buckets.
                        .containsPattern("http_server_requests_seconds_bucket\\{[^}]*le=\"0\\.1\"")
                        .contains("resilience4j_circuitbreaker_state")
                        // A proxied request records no client span meter and no gateway request meter (issue 17).
                        .doesNotContain("http_client_requests")
                        .doesNotContain("spring_cloud_gateway_requests")
                        // Nor an "active requests" long-task timer (issue 17).
                        .doesNotContain("http_server_requests_active")
                        // Logback's event counter is off: its turbo filter ran on every log call (issue 17).
                        .doesNotContain("logback_events"));
        management.get().uri("/actuator/env").exchange()
                .expectStatus().isNotFound();
    }
}
