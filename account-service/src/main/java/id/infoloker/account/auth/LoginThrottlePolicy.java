package id.infoloker.account.auth;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether a client may try to sign in now, from what was counted for it: its attempts in the current window (and when
 * its next one is due), and its wrong guesses on the username it sends. Decided before the username is looked up, so
 * the answer is the same for an account that exists and one that does not.
 */
@Component
class LoginThrottlePolicy {

    /** What was counted for one key (a client, or a client and a username) in its current window. */
    record Count(int attempts, Instant windowStart, Instant nextAttemptAt) {

        static final Count NONE = new Count(0, null, null);
    }

    /** {@code retryAfter} is zero when the attempt may go ahead. */
    record Decision(Duration retryAfter) {

        static final Decision ALLOWED = new Decision(Duration.ZERO);

        boolean allowed() {
            return retryAfter.isZero();
        }
    }

    private final LoginThrottleProperties properties;

    LoginThrottlePolicy(LoginThrottleProperties properties) {
        this.properties = properties;
    }

    Decision decide(Count client, Count guesses, Instant now) {
        Duration wait = Duration.ZERO;
        if (current(client, now) && client.nextAttemptAt() != null && client.nextAttemptAt().isAfter(now)) {
            wait = Duration.between(now, client.nextAttemptAt());
        }
        if (current(guesses, now) && guesses.attempts() >= properties.guessesPerAccount()) {
            Duration untilWindowEnds = Duration.between(now, guesses.windowStart().plus(properties.window()));
            wait = untilWindowEnds.compareTo(wait) > 0 ? untilWindowEnds : wait;
        }
        return wait.isZero() ? Decision.ALLOWED : new Decision(wait);
    }

    /**
     * How long the client must wait after its {@code attempts}-th attempt of the window: nothing while it is within
     * its free attempts, then {@code firstDelay} doubling per attempt up to {@code longestDelay}. Slows a guesser to a
     * few attempts an hour per address while a person who mistypes twice notices nothing.
     */
    Duration delayAfter(int attempts) {
        int over = attempts - properties.freeAttemptsPerClient();
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration delay = properties.firstDelay();
        for (int i = 1; i < over && delay.compareTo(properties.longestDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(properties.longestDelay()) > 0 ? properties.longestDelay() : delay;
    }

    /** Whether a count still belongs to the window it was started in. */
    boolean current(Count count, Instant now) {
        return count.windowStart() != null && count.windowStart().plus(properties.window()).isAfter(now);
    }

    Duration window() {
        return properties.window();
    }
}
