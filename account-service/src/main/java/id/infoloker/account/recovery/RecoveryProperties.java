package id.infoloker.account.recovery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One-time codes and the limits around them.
 *
 * @param codeValidity how long a code can be used
 * @param codeAttempts wrong codes after which the code is dead
 * @param codesPerAccount codes sent to one account per {@code accountWindow} (more requests are answered the same,
 *                        but nothing is sent: the answer must not tell whether the account exists)
 * @param requestsPerClient reset requests from one client address per {@code clientWindow} (then 429)
 * @param confirmationsPerClient code confirmations from one client address per {@code clientWindow} (then 429)
 * @param passwordChecksPerAccount wrong current passwords when changing the password, per {@code accountWindow}
 */
@ConfigurationProperties("infoloker.recovery")
public record RecoveryProperties(
        @DefaultValue("10m") Duration codeValidity,
        @DefaultValue("5") int codeAttempts,
        @DefaultValue("3") int codesPerAccount,
        @DefaultValue("1h") Duration accountWindow,
        @DefaultValue("10") int requestsPerClient,
        @DefaultValue("20") int confirmationsPerClient,
        @DefaultValue("15m") Duration clientWindow,
        @DefaultValue("5") int passwordChecksPerAccount) {
}
