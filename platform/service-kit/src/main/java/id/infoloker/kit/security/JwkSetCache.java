package id.infoloker.kit.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.springframework.cache.concurrent.ConcurrentMapCache;

/**
 * Where a service's token decoder keeps the account service's JWK set: read again after {@link #MAX_AGE}, and at most
 * once per {@link #MIN_REFRESH_INTERVAL} for a token whose key id the set does not have.
 *
 * <p>Without it Spring's decoder read the JWKS again for every such token, on the request thread and holding the lock
 * every token check takes: a client sending tokens with made-up key ids (on a public read, where any bearer token is
 * still checked) made the service call the account service once per request and stalled its other token checks
 * behind those calls (issue 17). Now, within the interval, the key id matches nothing and the token is refused (401)
 * as after a fresh read. The two durations are Nimbus's own defaults for its cache and refresh rate limit; Spring
 * turns both off when it is given a cache, and Nimbus's rate limit would answer a refused refresh with a 500.
 * A key the account service starts signing with is picked up on the first token that uses it, once the interval since
 * the last read has passed.
 */
final class JwkSetCache extends ConcurrentMapCache {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    private final InstantSource clock;
    private volatile Instant readAt = Instant.MIN;

    JwkSetCache(InstantSource clock) {
        super("jwk-set");
        this.clock = clock;
    }

    /** The decoder asks for the set (and reads it through {@code loader} when missing) under its own lock. */
    @Override
    public <T> T get(Object key, Callable<T> loader) {
        if (clock.instant().isAfter(readAt.plus(MAX_AGE))) {
            evict(key);
        }
        return super.get(key, () -> {
            T value = loader.call();
            readAt = clock.instant();
            return value;
        });
    }

    /** The decoder's "forget the set, a token's key id is not in it": honoured once per interval. */
    @Override
    public boolean invalidate() {
        if (clock.instant().isBefore(readAt.plus(MIN_REFRESH_INTERVAL))) {
            return false;
        }
        return super.invalidate();
    }
}
