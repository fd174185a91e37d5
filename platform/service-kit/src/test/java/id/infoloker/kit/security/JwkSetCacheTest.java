package id.infoloker.kit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** The kit's token decoder against a real JWKS endpoint that counts how often it is read. */
class JwkSetCacheTest {

    private static RSAKey signingKey;
    private static RSAKey nextSigningKey;
    private static RSAKey strangersKey;

    private final AtomicInteger reads = new AtomicInteger();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T06:00:00Z"));
    private volatile List<RSAKey> published;
    private volatile boolean down;
    private HttpServer accountService;
    private NimbusJwtDecoder decoder;

    @BeforeAll
    static void keys() throws JOSEException {
        signingKey = new RSAKeyGenerator(2048).keyID("current").generate();
        nextSigningKey = new RSAKeyGenerator(2048).keyID("next").generate();
        strangersKey = new RSAKeyGenerator(2048).keyID("stranger").generate();
    }

    @BeforeEach
    void startJwks() throws IOException {
        published = List.of(signingKey);
        accountService = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        accountService.createContext("/.well-known/jwks.json", exchange -> {
            reads.incrementAndGet();
            if (down) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            byte[] body = new JWKSet(published.stream().map(key -> (JWK) key.toPublicJWK())
                    .toList()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        accountService.start();
        decoder = ResourceServerConfiguration.readingKeysFrom(
                "http://127.0.0.1:" + accountService.getAddress().getPort() + "/.well-known/jwks.json", now::get);
    }

    @AfterEach
    void stopJwks() {
        accountService.stop(0);
    }

    @Test
    void tokensWithMadeUpKeyIdsAreRefusedAndReadTheJwksAtMostOncePerInterval() throws JOSEException {
        assertThat(decoder.decode(signedBy(signingKey, "current")).getSubject()).isNotBlank();
        assertThat(reads).hasValue(1);

        for (int i = 0; i < 50; i++) {
            String forged = signedBy(strangersKey, "made-up-" + UUID.randomUUID());
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(reads).as("reads of the JWKS within the interval").hasValue(1);

        now.updateAndGet(instant -> instant.plus(JwkSetCache.MIN_REFRESH_INTERVAL.plusSeconds(1)));
        for (int i = 0; i < 50; i++) {
            String forged = signedBy(strangersKey, "made-up-" + UUID.randomUUID());
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(reads).as("one more read once the interval passed").hasValue(2);
        assertThat(decoder.decode(signedBy(signingKey, "current")).getSubject()).isNotBlank();
        assertThat(reads).hasValue(2);
    }

    @Test
    void aNewSigningKeyIsTakenOnItsFirstTokenOnceTheIntervalHasPassed() throws JOSEException {
        decoder.decode(signedBy(signingKey, "current"));
        published = List.of(signingKey, nextSigningKey);

        now.updateAndGet(instant -> instant.plus(JwkSetCache.MIN_REFRESH_INTERVAL.plusSeconds(1)));

        assertThat(decoder.decode(signedBy(nextSigningKey, "next")).getSubject()).isNotBlank();
        assertThat(reads).hasValue(2);
    }

    @Test
    void theSetIsReadAgainOnceItIsFiveMinutesOld() throws JOSEException {
        decoder.decode(signedBy(signingKey, "current"));
        published = List.of(nextSigningKey);

        now.updateAndGet(instant -> instant.plus(JwkSetCache.MAX_AGE.plusSeconds(1)));

        // A key the account service no longer publishes is no longer trusted.
        String oldKeysToken = signedBy(signingKey, "current");
        assertThatThrownBy(() -> decoder.decode(oldKeysToken)).isInstanceOf(BadJwtException.class);
        assertThat(reads).hasValue(2);
    }

    @Test
    void whileTheAccountServiceIsDownTheSetReadBeforeStillChecksTokens() throws JOSEException {
        decoder.decode(signedBy(signingKey, "current"));
        down = true;

        now.updateAndGet(instant -> instant.plus(JwkSetCache.MAX_AGE.plusSeconds(1)));
        assertThat(decoder.decode(signedBy(signingKey, "current")).getSubject()).isNotBlank();
        now.updateAndGet(instant -> instant.plus(JwkSetCache.MIN_REFRESH_INTERVAL.plusSeconds(1)));
        for (int i = 0; i < 50; i++) {
            String forged = signedBy(strangersKey, "made-up-" + UUID.randomUUID());
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoder.decode(signedBy(signingKey, "current")).getSubject()).isNotBlank();

        assertThat(reads).as("the first read, one when too old, one for an unknown key id").hasValue(3);
    }

    private static String signedBy(RSAKey key, String keyId) throws JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }
}
