package id.infoloker.kit.security;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.Callable;
import org.springframework.cache.concurrent.ConcurrentMapCache;

/**
 * Where a service's token decoder keeps the account service's JWK set: read again once the last try is
 * {@link #MAX_AGE} old, and at most once per {@link #MIN_REFRESH_INTERVAL} for a token whose key id the set does not
 * have.
 *
 * <p>Without it Spring's decoder read the JWKS again for every such token, on the request thread and holding the lock
 * every token check takes: a client sending tokens with made-up key ids (on a public read, where any bearer token is
 * still checked) made the service call the account service once per request and stalled its other token checks
 * behind those calls (issue 17). Now, within the interval, the key id matches nothing and the token is refused (401)
 * as after a fresh read. A read that fails keeps the set read before, if any, so an account service that is down does
 * not stop the service from checking tokens. The two durations are Nimbus's own defaults for its cache and refresh
 * rate limit; Spring turns both off when it is given a cache (and Nimbus's rate limit answers a refused refresh with
 * an error that Spring reports as a failed key source, not as a bad token). The gateway keeps its set the same way
 * ({@code JwkSetSource}). A key the account service starts signing with is taken on the first token that uses it,
 * once the interval since the last try has passed.
 *
 * <p>The decoder calls {@link #invalidate()} and then {@link #get(Object, Callable)}, both under its own lock.
 */
final class JwkSetCache extends ConcurrentMapCache {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    private final InstantSource clock;
    private volatile Instant triedAt = Instant.MIN;
    private volatile boolean unknownKeyId;

    JwkSetCache(InstantSource clock) {
        super("jwk-set");
        this.clock = clock;
    }

    /** The decoder's "a token's key id is not in the set": a new read, unless the last try is too recent. */
    @Override
    public boolean invalidate() {
        if (clock.instant().isBefore(triedAt.plus(MIN_REFRESH_INTERVAL))) {
            return false;
        }
        unknownKeyId = true;
        return true;
    }

    @Override
    public <T> T get(Object key, Callable<T> loader) {
        ValueWrapper kept = get(key);
        Instant now = clock.instant();
        if (kept != null && !unknownKeyId && !now.isAfter(triedAt.plus(MAX_AGE))) {
            @SuppressWarnings("unchecked")
            T value = (T) kept.get();
            return value;
        }
        triedAt = now;
        unknownKeyId = false;
        try {
            T read = loader.call();
            put(key, read);
            return read;
        } catch (Exception e) {
            if (kept == null) {
                throw new ValueRetrievalException(key, loader, e);
            }
            @SuppressWarnings("unchecked")
            T value = (T) kept.get();
            return value;
        }
    }
}
