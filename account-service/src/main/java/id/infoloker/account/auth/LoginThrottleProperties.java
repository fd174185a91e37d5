package id.infoloker.account.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How sign-in attempts are throttled: per client address, never per account (a lock per account let anyone keep a
 * person, staff included, out of their account with a few requests an hour).
 *
 * @param window how long attempts are remembered; a client's count starts again after it
 * @param freeAttemptsPerClient sign-in attempts one client address may make in the window before it is slowed
 * @param firstDelay the wait after the first attempt over the free ones; each further attempt doubles it
 * @param longestDelay the cap on that wait
 * @param guessesPerAccount wrong attempts one client may make on one username in the window; then that client must
 *                          wait for the window to end before trying that username again (other clients are not affected)
 */
@ConfigurationProperties("infoloker.login.throttle")
public record LoginThrottleProperties(
        @DefaultValue("15m") Duration window,
        @DefaultValue("10") int freeAttemptsPerClient,
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("5m") Duration longestDelay,
        @DefaultValue("5") int guessesPerAccount) {

    public LoginThrottleProperties {
        if (window.isNegative() || window.isZero() || freeAttemptsPerClient < 1 || guessesPerAccount < 1
                || firstDelay.isNegative() || longestDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("infoloker.login.throttle needs a positive window, free-attempts-per-client"
                    + " >= 1, guesses-per-account >= 1 and 0 <= first-delay <= longest-delay");
        }
    }
}
