package id.infoloker.account.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final LockoutPolicy policy = new LockoutPolicy(
            new LockoutProperties(5, Duration.ofMinutes(1), Duration.ofHours(1)));

    @Test
    void fourFailuresInARowAreForgivenTheFifthLocksForAMinute() {
        for (int failures = 1; failures < 5; failures++) {
            assertThat(policy.lockAfter(failures, 0)).isEmpty();
        }
        assertThat(policy.lockAfter(5, 0)).contains(Duration.ofMinutes(1));
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToTheCap() {
        assertThat(policy.lockAfter(5, 1)).contains(Duration.ofMinutes(2));
        assertThat(policy.lockAfter(5, 2)).contains(Duration.ofMinutes(4));
        assertThat(policy.lockAfter(5, 5)).contains(Duration.ofMinutes(32));
        assertThat(policy.lockAfter(5, 6)).contains(Duration.ofHours(1));
        assertThat(policy.lockAfter(5, Integer.MAX_VALUE)).contains(Duration.ofHours(1));
    }

    @Test
    void nonsenseSettingsAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new LockoutPolicy(new LockoutProperties(0, Duration.ofMinutes(1),
                Duration.ofHours(1)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(new LockoutProperties(5, Duration.ofHours(2),
                Duration.ofHours(1)))).isInstanceOf(IllegalArgumentException.class);
    }
}
