package id.infoloker.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class ReadRetryPolicyTest {

    private final ReadRetryPolicy policy = new ReadRetryPolicy(2, Duration.ofMillis(50), Duration.ofMillis(200));

    @Test
    void onlyReadsWithoutABodyAreRetried() {
        assertThat(policy.covers(HttpMethod.GET, false)).isTrue();
        assertThat(policy.covers(HttpMethod.HEAD, false)).isTrue();
        assertThat(policy.covers(HttpMethod.GET, true)).as("a body is not kept, so it cannot be sent again").isFalse();
        for (HttpMethod change : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
                HttpMethod.DELETE, HttpMethod.OPTIONS}) {
            assertThat(policy.covers(change, false)).as(change.name()).isFalse();
        }
    }

    @Test
    void onlyBadGatewayAndServiceUnavailableAnswersAreRetried() {
        assertThat(policy.retriesAnswer(HttpStatus.BAD_GATEWAY)).isTrue();
        assertThat(policy.retriesAnswer(HttpStatus.SERVICE_UNAVAILABLE)).isTrue();
        assertThat(policy.retriesAnswer(HttpStatus.OK)).isFalse();
        assertThat(policy.retriesAnswer(HttpStatus.INTERNAL_SERVER_ERROR)).isFalse();
        assertThat(policy.retriesAnswer(HttpStatus.GATEWAY_TIMEOUT)).isFalse();
        assertThat(policy.retriesAnswer(HttpStatus.TOO_MANY_REQUESTS)).isFalse();
        assertThat(policy.retriesAnswer(null)).isFalse();
    }

    @Test
    void connectionFailuresAreRetriedEvenWhenWrappedButTimeoutsAreNot() {
        assertThat(policy.retriesFailure(new ConnectException("refused"))).isTrue();
        assertThat(policy.retriesFailure(new IllegalStateException(new IOException("reset")))).isTrue();
        assertThat(policy.retriesFailure(new TimeoutException())).isFalse();
        assertThat(policy.retriesFailure(new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT))).isFalse();
        assertThat(policy.retriesFailure(new IllegalStateException("bug"))).isFalse();
        // Netty's connect timeout is an IOException: nothing reached the service, so asking again is safe.
        assertThat(policy.retriesFailure(new ConnectTimeoutException())).isTrue();
    }

    @Test
    void backOffDoublesUpToItsCeiling() {
        assertThat(policy.backoff(0)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.backoff(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(policy.backoff(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.backoff(10)).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void nonsenseSettingsFailAtStartUp() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReadRetryPolicy(-1, Duration.ofMillis(50), Duration.ofMillis(200)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ReadRetryPolicy(2, Duration.ofMillis(500), Duration.ofMillis(200)));
    }
}
