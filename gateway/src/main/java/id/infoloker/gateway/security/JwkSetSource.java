package id.infoloker.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The account service's JWK set for the gateway's token checks: read again after {@link #MAX_AGE}, and at most once per
 * {@link #MIN_REFRESH_INTERVAL} for a token whose key id it does not have.
 *
 * <p>Spring's reactive decoder ({@code withJwkSetUri}) read the JWKS again for every such token: a client sending
 * tokens with made-up key ids to a protected route made the gateway call the account service once per request (issue
 * 17). Within the interval the key id now matches nothing and the token is refused (401) as after a fresh read. The
 * services' decoder keeps its set the same way, with the same two durations (service-kit's {@code JwkSetCache}). A key
 * the account service starts signing with is picked up on the first token that uses it, once the interval since the
 * last read has passed.
 */
final class JwkSetSource implements Function<SignedJWT, Flux<JWK>> {

    static final Duration MAX_AGE = Duration.ofMinutes(5);
    static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(30);

    /** How long a read set is kept by the Mono itself; when to read again is decided here, not by this. */
    private static final Duration KEEP = Duration.ofDays(1);

    private final Mono<JWKSet> read;
    private final InstantSource clock;
    private volatile JWKSet lastRead;
    private Mono<JWKSet> current;
    private Instant triedAt = Instant.MIN;

    JwkSetSource(WebClient web, String jwksUri, InstantSource clock) {
        this.read = web.get().uri(jwksUri).retrieve().bodyToMono(String.class).map(JwkSetSource::parse);
        this.clock = clock;
    }

    @Override
    public Flux<JWK> apply(SignedJWT token) {
        JWKSelector selector = new JWKSelector(JWKMatcher.forJWSHeader(token.getHeader()));
        return jwkSet(false).flatMapMany(set -> {
            List<JWK> keys = selector.select(set);
            return keys.isEmpty() ? jwkSet(true).flatMapIterable(selector::select) : Flux.fromIterable(keys);
        });
    }

    /**
     * The set read last; a new read when there is none, when the last try is older than {@link #MAX_AGE}, or for an
     * unknown key id when the last try is older than {@link #MIN_REFRESH_INTERVAL}. Tokens checked meanwhile share
     * the one read. A failed read keeps the set read before, if any (an account service that is down does not stop
     * the gateway from checking tokens); without one, the next token tries again.
     */
    private synchronized Mono<JWKSet> jwkSet(boolean unknownKeyId) {
        Instant now = clock.instant();
        boolean tooOld = current == null || now.isAfter(triedAt.plus(MAX_AGE));
        boolean mayReadAgain = unknownKeyId && !now.isBefore(triedAt.plus(MIN_REFRESH_INTERVAL));
        if (tooOld || mayReadAgain) {
            triedAt = now;
            current = read
                    .doOnNext(set -> lastRead = set)
                    .onErrorResume(error -> lastRead == null ? Mono.error(error) : Mono.just(lastRead))
                    .cache(set -> KEEP, error -> Duration.ZERO, () -> Duration.ZERO);
        }
        return current;
    }

    private static JWKSet parse(String body) {
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("The account service's JWKS is not a JWK set", e);
        }
    }
}
