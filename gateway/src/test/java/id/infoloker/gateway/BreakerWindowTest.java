package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;

/**
 * Breakers forget: failures older than the time-based window (application-test.yml: 2 s; production 20 s) no longer
 * count. With the old count-based window, five refused calls at start-up and five healthy ones afterwards made a
 * failure rate of 50 % at the tenth call and opened the breaker on healthy traffic.
 */
class BreakerWindowTest extends GatewayIntegrationTest {

    @Autowired
    private ReactiveResilience4JCircuitBreakerFactory breakers;

    @Test
    void refusedCallsOlderThanTheWindowDoNotOpenTheBreakerOnHealthyTraffic() {
        String token = bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"));
        CircuitBreaker breaker = breakers.getCircuitBreakerRegistry().circuitBreaker("notification");
        breaker.reset();
        assertThat(breaker.getCircuitBreakerConfig().getSlidingWindowType()).isEqualTo(SlidingWindowType.TIME_BASED);

        backends.notification.down(() -> {
            for (int i = 0; i < 5; i++) {
                gateway.get().uri("/api/notifications/me").header("Authorization", token).exchange()
                        .expectStatus().isEqualTo(503);
            }
        });
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isPositive();
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);

        // The pause: until the window has moved past the refused calls.
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> breaker.getMetrics().getNumberOfFailedCalls() == 0);

        backends.notification.server().stubFor(get(urlPathEqualTo("/api/notifications/me")).willReturn(okJson("[]")));
        for (int i = 0; i < 10; i++) {
            gateway.get().uri("/api/notifications/me").header("Authorization", token).exchange()
                    .expectStatus().isOk();
        }
        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(10);
        breaker.reset();
    }
}
