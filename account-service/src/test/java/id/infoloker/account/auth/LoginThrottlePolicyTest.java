package id.infoloker.account.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.auth.LoginThrottlePolicy.Count;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottlePolicyTest {

    static final Instant NOW = Instant.parse("2026-12-06T05:00:00Z");

    final LoginThrottlePolicy policy = new LoginThrottlePolicy(
            new LoginThrottleProperties(Duration.ofMinutes(15), 10, Duration.ofSeconds(1), Duration.ofMinutes(5), 5));

    @Test
    void theFreeAttemptsCostNothingThenTheWaitDoublesUpToTheCap() {
        assertThat(policy.delayAfter(1)).isZero();
        assertThat(policy.delayAfter(10)).isZero();
        assertThat(policy.delayAfter(11)).isEqualTo(Duration.ofSeconds(1));
        assertThat(policy.delayAfter(12)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(18)).isEqualTo(Duration.ofSeconds(128));
        assertThat(policy.delayAfter(19)).isEqualTo(Duration.ofSeconds(256));
        assertThat(policy.delayAfter(20)).isEqualTo(Duration.ofMinutes(5));
        assertThat(policy.delayAfter(10_000)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aClientWhoseNextAttemptIsDueLaterWaitsForIt() {
        Count slowed = new Count(12, NOW.minusSeconds(60), NOW.plusSeconds(2));

        assertThat(policy.decide(slowed, Count.NONE, NOW).retryAfter()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.decide(slowed, Count.NONE, NOW.plusSeconds(2)).allowed()).isTrue();
    }

    @Test
    void theFifthWrongGuessOnOneUsernameClosesItToThatClientUntilTheWindowEnds() {
        Count fourGuesses = new Count(4, NOW.minusSeconds(300), null);
        Count fiveGuesses = new Count(5, NOW.minusSeconds(300), null);

        assertThat(policy.decide(Count.NONE, fourGuesses, NOW).allowed()).isTrue();
        assertThat(policy.decide(Count.NONE, fiveGuesses, NOW).retryAfter()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void countsFromAnEndedWindowAreForgotten() {
        Count old = new Count(50, NOW.minus(Duration.ofMinutes(16)), NOW.plusSeconds(30));

        assertThat(policy.current(old, NOW)).isFalse();
        assertThat(policy.decide(old, old, NOW).allowed()).isTrue();
    }
}
