package id.infoloker.account.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Progressive lock-out of one account after failed logins.
 *
 * @param maxFailures failed logins in a row that lock the account
 * @param firstLock how long the first lock lasts; each further lock before a successful login lasts twice as long
 * @param longestLock the cap on a lock's length
 */
@ConfigurationProperties("infoloker.login.lockout")
public record LockoutProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("1m") Duration firstLock,
        @DefaultValue("1h") Duration longestLock) {
}
