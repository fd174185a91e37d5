package id.infoloker.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokenCacheTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-06T03:00:00Z");

    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Accepts tokens named "good-<seconds to live>", refuses everything else. */
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            return Mono.error(new BadJwtException("forged"));
        }
        long seconds = Long.parseLong(token.substring(5));
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("someone")
                .issuedAt(now).expiresAt(now.plusSeconds(seconds)).build());
    };

    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, Duration.ofMinutes(5), 100);

    @Test
    void aVerifiedTokenIsVerifiedOnceUntilItExpires() {
        assertThat(cache.decode("good-900").block().getSubject()).isEqualTo("someone");
        assertThat(cache.decode("good-900").block().getSubject()).isEqualTo("someone");
        assertThat(verifications).hasValue(1);

        now = now.plusSeconds(901); // past exp: checked again by the real decoder
        cache.decode("good-900").block();
        assertThat(verifications).hasValue(2);
    }

    @Test
    void refusedTokensAreNeverRemembered() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(verifications).hasValue(2);
    }
}
