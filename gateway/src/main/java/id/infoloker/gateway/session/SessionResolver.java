package id.infoloker.gateway.session;

import id.infoloker.gateway.session.AccountTokenClient.Refresh;
import id.infoloker.gateway.tracing.RequestTrace;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Decides what a door's cookies are worth on one request: the access token as it is, a refreshed pair, nothing for
 * now, or the end of the session. Never fails: a stale cookie must not turn a page into an error.
 */
@Component
class SessionResolver {

    private static final Logger log = LoggerFactory.getLogger(SessionResolver.class);

    private enum AccessState { ABSENT, FRESH, EXPIRING, INVALID, UNVERIFIABLE }

    private record Access(AccessState state, Jwt jwt) {
    }

    private final ReactiveJwtDecoder jwtDecoder;
    private final SessionRefresher refresher;
    private final Clock clock;

    SessionResolver(ReactiveJwtDecoder jwtDecoder, SessionRefresher refresher) {
        this.jwtDecoder = jwtDecoder;
        this.refresher = refresher;
        this.clock = Clock.systemUTC();
    }

    /** At least one of the two tokens is present. */
    Mono<SessionResolution> resolve(SessionDoor door, String accessToken, String refreshToken, String requestId) {
        return check(door, accessToken).flatMap(access -> {
            if (access.state() == AccessState.FRESH) {
                return Mono.just(SessionResolution.keep(access.jwt().getTokenValue()));
            }
            if (access.state() == AccessState.UNVERIFIABLE) {
                // The keys could not be loaded: nothing can be told about the session, so leave it alone.
                return Mono.just(SessionResolution.anonymousForNow());
            }
            if (refreshToken == null) {
                return Mono.just(access.state() == AccessState.EXPIRING
                        ? SessionResolution.keep(access.jwt().getTokenValue())
                        : SessionResolution.ended());
            }
            return refresher.refresh(refreshToken, requestId)
                    .flatMap(refresh -> afterRefresh(door, access, refresh, requestId));
        });
    }

    private Mono<SessionResolution> afterRefresh(SessionDoor door, Access access, Refresh refresh, String requestId) {
        return switch (refresh.outcome()) {
            case REFUSED -> Mono.just(SessionResolution.ended());
            case UNAVAILABLE -> Mono.just(fallback(access));
            case RENEWED -> jwtDecoder.decode(refresh.tokens().accessToken())
                    .map(jwt -> SessionResolution.renewed(jwt, refresh.tokens().refreshToken()))
                    // account-service issued a token the edge cannot verify: a key or issuer mismatch to fix.
                    .onErrorResume(error -> RequestTrace.log(() -> log.warn(
                                    "{} session: refreshed access token failed validation (request id {}): {}",
                                    door, requestId, error.getClass().getSimpleName()))
                            .thenReturn(fallback(access)));
        };
    }

    /** account-service could not help: the still-valid access token if there is one, else anonymous; cookies kept. */
    private static SessionResolution fallback(Access access) {
        return access.state() == AccessState.EXPIRING ? SessionResolution.keep(access.jwt().getTokenValue())
                : SessionResolution.anonymousForNow();
    }

    private Mono<Access> check(SessionDoor door, String accessToken) {
        if (accessToken == null) {
            return Mono.just(new Access(AccessState.ABSENT, null));
        }
        return jwtDecoder.decode(accessToken)
                .map(jwt -> new Access(expiresSoon(jwt, door) ? AccessState.EXPIRING : AccessState.FRESH, jwt))
                // Forged, expired, malformed, foreign: the cookie is worthless.
                .onErrorResume(BadJwtException.class, invalid -> Mono.just(new Access(AccessState.INVALID, null)))
                // Anything else (the key set could not be fetched) says nothing about the token itself.
                .onErrorResume(error -> RequestTrace.log(() -> log.warn("{} session cookie could not be checked: {}",
                                door, error.getClass().getSimpleName()))
                        .thenReturn(new Access(AccessState.UNVERIFIABLE, null)));
    }

    private boolean expiresSoon(Jwt jwt, SessionDoor door) {
        Instant expiresAt = jwt.getExpiresAt();
        return expiresAt != null && expiresAt.isBefore(clock.instant().plus(door.refreshBefore()));
    }
}
