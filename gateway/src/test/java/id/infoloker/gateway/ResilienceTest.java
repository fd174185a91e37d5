package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.core.EventProcessor;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class ResilienceTest extends GatewayIntegrationTest {

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory breakers;

    @Autowired
    private BulkheadRegistry bulkheads;

    @Autowired
    private MeterRegistry meters;

    /** application-test.yml: infoloker.timeouts.verification = 2000 ms. */
    private static final Duration ROUTE_TIMEOUT = Duration.ofSeconds(2);

    private String token() {
        return bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"));
    }

    @Test
    void serviceDownAnswers503ProblemWithRetryAfterWithinOneSecond() {
        backends.notification.down(() -> {
            for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.POST}) {
                long started = System.nanoTime();
                EntityExchangeResult<byte[]> result = gateway.method(method).uri("/api/notifications/me")
                        .header("Authorization", token())
                        .exchange()
                        .expectStatus().isEqualTo(503)
                        .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                        .expectHeader().valueEquals("Retry-After", "5")
                        .expectBody()
                        .jsonPath("$.code").isEqualTo("service-unavailable")
                        .jsonPath("$.retryAfterSeconds").isEqualTo(5)
                        .jsonPath("$.instance").isEqualTo("/api/notifications/me")
                        .returnResult();
                assertThat(Duration.ofNanos(System.nanoTime() - started)).as("%s answered in", method)
                        .isLessThan(Duration.ofSeconds(1));
                assertThat(result.getResponseHeaders().getFirst("X-Request-Id")).isNotBlank();
            }
        });
    }

    @Test
    void slowServiceTimesOutAtTheRouteTimeout() {
        backends.verification.server().stubFor(get(urlPathEqualTo("/api/verification/cases"))
                .willReturn(ok("{}").withFixedDelay(4_000)));

        long started = System.nanoTime();
        gateway.get().uri("/api/verification/cases")
                .header("Authorization", token())
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("gateway-timeout");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        // Not earlier (Resilience4j's TimeLimiter defaults to 1 s), not later: the service would answer at 4 s.
        assertThat(took).isGreaterThanOrEqualTo(ROUTE_TIMEOUT.minusMillis(100)).isLessThan(Duration.ofMillis(3_500));
        // A timed-out read is not retried: a slow service gets no extra load.
        backends.verification.server().verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/verification/cases")));
    }

    @Test
    void eachRouteHasItsOwnBreakerAndNoTimeLimiter() {
        backends.verification.server().stubFor(get(urlPathEqualTo("/api/verification/cases")).willReturn(ok("[]")));
        gateway.get().uri("/api/verification/cases").header("Authorization", token()).exchange()
                .expectStatus().isOk();

        assertThat(breakers.getCircuitBreakerRegistry().find("verification")).isPresent();
        // The route's response timeout is the only bound (CircuitBreakerDefaults).
        assertThat(breakers.getTimeLimiterRegistry().find("verification")).isEmpty();
    }

    @Test
    void eachRouteHasABulkheadOfTheConfiguredSizeThatPublishesNoEvents() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/bulkhead")).willReturn(ok("[]")));

        gateway.get().uri("/api/vacancies/bulkhead").exchange().expectStatus().isOk();

        Bulkhead bulkhead = bulkheads.find("vacancy").orElseThrow();
        assertThat(bulkhead.getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(200);
        assertThat(bulkhead.getBulkheadConfig().getMaxWaitDuration()).isZero();
        // No actuator event buffer listens, so a call through the route creates no event objects (issue 17).
        assertThat(((EventProcessor<?>) bulkhead.getEventPublisher()).hasConsumers()).isFalse();
        assertThat(meters.find("resilience4j.bulkhead.available.concurrent.calls").tag("name", "vacancy").gauge())
                .isNotNull();
    }

    @Test
    void openBreakerAnswers503AtOnceWithoutCallingTheService() {
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("notification");
        breaker.transitionToForcedOpenState();
        try {
            gateway.get().uri("/api/notifications/me")
                    .header("Authorization", token())
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("Retry-After", "5")
                    .expectBody().jsonPath("$.code").isEqualTo("service-unavailable");
            backends.notification.server().verify(0, anyRequestedFor(anyUrl()));
        }
        finally {
            breaker.reset();
        }
    }

    @Test
    void answerJustInsideTheRouteTimeoutPassesThrough() {
        backends.verification.server().stubFor(get(urlPathEqualTo("/api/verification/cases"))
                .willReturn(ok("{\"slow\":true}").withFixedDelay(1_000)));

        gateway.get().uri("/api/verification/cases")
                .header("Authorization", token())
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.slow").isEqualTo(true);
    }

    @Test
    void postIsNeverRetried() {
        backends.vacancy.server().stubFor(post(urlPathEqualTo("/api/applications"))
                .willReturn(aResponse().withStatus(503)));

        gateway.post().uri("/api/applications")
                .header("Authorization", token())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"vacancyId\":\"v-1\"}")
                .exchange()
                .expectStatus().isEqualTo(503);

        backends.vacancy.server().verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/applications")));
    }

    @Test
    void postOnABrokenConnectionIsNotRetriedEither() {
        backends.vacancy.server().stubFor(post(urlPathEqualTo("/api/applications"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        gateway.post().uri("/api/applications")
                .header("Authorization", token())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"vacancyId\":\"v-1\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.code").isEqualTo("service-unavailable");

        backends.vacancy.server().verify(exactly(1), postRequestedFor(urlPathEqualTo("/api/applications")));
    }

    @Test
    void getIsRetriedOnServiceUnavailable() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-1"))
                .willReturn(aResponse().withStatus(503)));

        gateway.get().uri("/api/vacancies/v-1")
                .exchange()
                .expectStatus().isEqualTo(503);

        backends.vacancy.server().verify(exactly(3), getRequestedFor(urlPathEqualTo("/api/vacancies/v-1")));
    }

    @Test
    void getIsRetriedOnABrokenConnectionAndCanSucceed() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-2")).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("recovered"));
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-2")).inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(ok("{\"id\":\"v-2\"}")));

        gateway.get().uri("/api/vacancies/v-2")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.id").isEqualTo("v-2");

        backends.vacancy.server().verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/vacancies/v-2")));
    }

    /** The first answer is dropped whole: the client sees the second attempt's status, headers and body only. */
    @Test
    void aGetRetriedAfterA503AnswersWithTheSecondAttemptOnly() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-5")).inScenario("restarting")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("X-Attempt", "first")
                        .withBody("{\"code\":\"starting\"}"))
                .willSetStateTo("up"));
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-5")).inScenario("restarting")
                .whenScenarioStateIs("up")
                .willReturn(ok("{\"id\":\"v-5\"}").withHeader("X-Attempt", "second")));

        gateway.get().uri("/api/vacancies/v-5")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valuesMatch("X-Attempt", "second")
                .expectBody().json("{\"id\":\"v-5\"}", true);

        backends.vacancy.server().verify(exactly(2), getRequestedFor(urlPathEqualTo("/api/vacancies/v-5")));
    }

    @Test
    void headIsRetriedLikeGet() {
        backends.vacancy.server().stubFor(head(urlPathEqualTo("/api/vacancies/v-6")).willReturn(aResponse().withStatus(503)));

        gateway.head().uri("/api/vacancies/v-6")
                .exchange()
                .expectStatus().isEqualTo(503);

        backends.vacancy.server().verify(exactly(3), headRequestedFor(urlPathEqualTo("/api/vacancies/v-6")));
    }

    /** Request bodies stream through to the service once and are not kept, so a read with a body is sent once. */
    @Test
    void aGetWithABodyIsNotRetried() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-7"))
                .willReturn(aResponse().withStatus(503)));

        gateway.method(HttpMethod.GET).uri("/api/vacancies/v-7")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"unusual\":true}")
                .exchange()
                .expectStatus().isEqualTo(503);

        backends.vacancy.server().verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/vacancies/v-7")));
    }

    @Test
    void getIsNotRetriedOnAnApplicationError() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-3"))
                .willReturn(aResponse().withStatus(500)));

        gateway.get().uri("/api/vacancies/v-3")
                .exchange()
                .expectStatus().isEqualTo(500);

        backends.vacancy.server().verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/vacancies/v-3")));
    }

    @Test
    void serviceErrorsPassThroughUnchanged() {
        backends.vacancy.server().stubFor(get(urlPathEqualTo("/api/vacancies/v-4"))
                .willReturn(aResponse().withStatus(404)
                        .withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"code\":\"vacancy-not-found\"}")));

        gateway.get().uri("/api/vacancies/v-4")
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("vacancy-not-found");
    }
}
