package id.infoloker.account.accounts;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code infoloker.password-hashing.*}: how many passwords are hashed at once, and how long a request waits its turn.
 *
 * @param concurrent hashes running at the same time; 0 (the default) means one per core the JVM sees (in a pod, its
 *                   CPU limit)
 * @param maxWait    how long a registration or sign-in waits for its turn before it is refused as busy (503 with
 *                   Retry-After); below the gateway's 5 s timeout on the account routes, so that no hash is computed
 *                   for an answer the gateway has already given up on. 4 s leaves a second for the hash (about 70 ms
 *                   of a core, a few hundred ms on a saturated machine) and the registration's transaction.
 */
@ConfigurationProperties("infoloker.password-hashing")
public record PasswordHashingProperties(@DefaultValue("0") int concurrent, @DefaultValue("4s") Duration maxWait) {

    public PasswordHashingProperties {
        if (concurrent < 0) {
            throw new IllegalArgumentException(
                    "infoloker.password-hashing.concurrent must be 0 (one per core) or more");
        }
    }

    /** The number of hashes that may run at once on this machine. */
    int slots() {
        return concurrent > 0 ? concurrent : Runtime.getRuntime().availableProcessors();
    }
}
