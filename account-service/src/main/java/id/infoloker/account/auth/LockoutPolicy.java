package id.infoloker.account.auth;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * When repeated failed logins lock an account, and for how long: after {@code maxFailures} failures in a row the
 * account is locked for {@code firstLock}; every further lock before a successful login doubles, up to
 * {@code longestLock}. A password guesser gets a handful of tries an hour, a person who forgot their password loses a
 * minute.
 */
@Component
class LockoutPolicy {

    private final LockoutProperties properties;

    LockoutPolicy(LockoutProperties properties) {
        if (properties.maxFailures() < 1 || properties.firstLock().isNegative()
                || properties.longestLock().compareTo(properties.firstLock()) < 0) {
            throw new IllegalArgumentException("infoloker.login.lockout needs max-failures >= 1 and "
                    + "0 <= first-lock <= longest-lock");
        }
        this.properties = properties;
    }

    /**
     * @param consecutiveFailures failures in a row, including the one just made
     * @param previousLocks locks since the last successful login
     * @return how long to lock the account now, or empty to let it try again
     */
    Optional<Duration> lockAfter(int consecutiveFailures, int previousLocks) {
        if (consecutiveFailures < properties.maxFailures()) {
            return Optional.empty();
        }
        Duration lock = properties.firstLock();
        for (int i = 0; i < previousLocks && lock.compareTo(properties.longestLock()) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return Optional.of(lock.compareTo(properties.longestLock()) > 0 ? properties.longestLock() : lock);
    }
}
