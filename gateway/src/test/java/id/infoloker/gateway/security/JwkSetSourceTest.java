package id.infoloker.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.web.reactive.function.client.WebClient;

/** The gateway's token decoder over {@link JwkSetSource}, against a JWKS endpoint that counts its reads. */
class JwkSetSourceTest {

    private static final String PATH = "/.well-known/jwks.json";

    private static final RSAKey signingKey = rsa("current");
    private static final RSAKey nextSigningKey = rsa("next");
    private static final RSAKey strangersKey = rsa("stranger");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T06:00:00Z"));
    private final WireMockServer accountService = new WireMockServer(options().dynamicPort());
    private NimbusReactiveJwtDecoder decoder;

    @BeforeEach
    void start() {
        accountService.start();
        publish(signingKey);
        decoder = NimbusReactiveJwtDecoder.withJwkSource(
                new JwkSetSource(WebClient.create(), accountService.baseUrl() + PATH, now::get)).build();
    }

    @AfterEach
    void stop() {
        accountService.stop();
    }

    @Test
    void tokensWithMadeUpKeyIdsAreRefusedAndReadTheJwksAtMostOncePerInterval() {
        assertThat(decoder.decode(signedBy(signingKey, "current")).block().getSubject()).isNotBlank();

        refuseFifty();
        assertThat(reads()).as("reads within the interval").isEqualTo(1);

        later(JwkSetSource.MIN_REFRESH_INTERVAL.plusSeconds(1));
        refuseFifty();
        assertThat(reads()).as("one more read once the interval passed").isEqualTo(2);
    }

    @Test
    void aNewSigningKeyIsTakenOnItsFirstTokenOnceTheIntervalHasPassed() {
        decoder.decode(signedBy(signingKey, "current")).block();
        publish(signingKey, nextSigningKey);

        later(JwkSetSource.MIN_REFRESH_INTERVAL.plusSeconds(1));

        assertThat(decoder.decode(signedBy(nextSigningKey, "next")).block().getSubject()).isNotBlank();
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void aKeyNoLongerPublishedIsRefusedOnceTheSetIsFiveMinutesOld() {
        decoder.decode(signedBy(signingKey, "current")).block();
        publish(nextSigningKey);

        later(JwkSetSource.MAX_AGE.plusSeconds(1));

        String oldKeysToken = signedBy(signingKey, "current");
        assertThatThrownBy(() -> decoder.decode(oldKeysToken).block()).isInstanceOf(BadJwtException.class);
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void aFailedReadIsNotKept() {
        accountService.stubFor(get(urlPathEqualTo(PATH)).willReturn(serverError()));
        String token = signedBy(signingKey, "current");
        assertThatThrownBy(() -> decoder.decode(token).block()).isNotNull();

        publish(signingKey);

        assertThat(decoder.decode(token).block().getSubject()).isNotBlank();
    }

    @Test
    void whileTheAccountServiceIsDownTheSetReadBeforeStillChecksTokens() {
        decoder.decode(signedBy(signingKey, "current")).block();
        accountService.stubFor(get(urlPathEqualTo(PATH)).willReturn(serverError()));

        later(JwkSetSource.MAX_AGE.plusSeconds(1));
        assertThat(decoder.decode(signedBy(signingKey, "current")).block().getSubject()).isNotBlank();
        later(JwkSetSource.MIN_REFRESH_INTERVAL.plusSeconds(1));
        refuseFifty();
        assertThat(decoder.decode(signedBy(signingKey, "current")).block().getSubject()).isNotBlank();

        assertThat(reads()).as("the first read, one when too old, one for an unknown key id").isEqualTo(3);
    }

    private void refuseFifty() {
        for (int i = 0; i < 50; i++) {
            String forged = signedBy(strangersKey, "made-up-" + UUID.randomUUID());
            assertThatThrownBy(() -> decoder.decode(forged).block()).isInstanceOf(BadJwtException.class);
        }
    }

    private void publish(RSAKey... keys) {
        JWKSet published = new JWKSet(Arrays.stream(keys).map(key -> (JWK) key.toPublicJWK()).toList());
        accountService.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(published.toString())));
    }

    private void later(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    private int reads() {
        return accountService.countRequestsMatching(getRequestedFor(urlPathEqualTo(PATH)).build()).getCount();
    }

    private static RSAKey rsa(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String signedBy(RSAKey key, String keyId) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
