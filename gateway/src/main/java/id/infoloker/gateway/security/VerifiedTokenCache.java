package id.infoloker.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that passed the signature and claim checks, until they expire (at most {@code maxAge}): a person's
 * every request carries the same token, and an RS256 verification per request was a large share of the gateway's CPU
 * on authenticated GETs (JFR under load, issue 17). Only successes are remembered; a token past its {@code exp} is
 * checked again (and refused) by the real decoder. Bounded in entries; per replica.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(ReactiveJwtDecoder verifier, Clock clock, Duration maxAge, long maxEntries) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxEntries)
                .expireAfter(Expiry.writing((String token, Jwt jwt) -> lifetime(jwt, maxAge)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null && (known.getExpiresAt() == null || known.getExpiresAt().isAfter(clock.instant()))) {
            return Mono.just(known);
        }
        return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }

    private Duration lifetime(Jwt jwt, Duration maxAge) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration left = Duration.between(clock.instant(), expiresAt);
        return left.isNegative() ? Duration.ZERO : left.compareTo(maxAge) > 0 ? maxAge : left;
    }
}
