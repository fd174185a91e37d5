package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.gateway.support.Backends;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

class EdgeSecurityTest extends GatewayIntegrationTest {

    private static final String PROTECTED = "/api/notifications/me";

    @BeforeEach
    void stubEveryService() {
        backends.all().forEach(backend -> backend.server().stubFor(any(urlPathMatching("/(api|console)/.*"))
                .willReturn(ok("{}"))));
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        gateway.get().uri(PROTECTED)
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectBody()
                .jsonPath("$.code").isEqualTo("unauthorized")
                .jsonPath("$.status").isEqualTo(401);
        backends.notification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void forgedTokenNeverReachesTheService() {
        gateway.get().uri(PROTECTED)
                .header("Authorization", bearer(backends.tokens.forged(UUID.randomUUID())))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");
        backends.notification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void tokensWithMadeUpKeyIdsAreRefusedWithoutAJwksReadEach() {
        backends.account.server().resetRequests();

        for (int i = 0; i < 50; i++) {
            gateway.get().uri(PROTECTED)
                    .header("Authorization", bearer(backends.tokens.withMadeUpKeyId(UUID.randomUUID())))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        }

        // At most one read of the JWKS (when the last one is 30 s old), not one a token (JwkSetSource).
        assertThat(backends.account.server().countRequestsMatching(
                getRequestedFor(urlPathEqualTo(Backends.JWKS_PATH)).build()).getCount()).isLessThanOrEqualTo(1);
        backends.notification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    /**
     * Public reads skip the edge's token check (their own security chain, for speed): whatever the token, the answer
     * at the edge is the same, and the service, which checks every token it is sent, judges it.
     */
    @Test
    void aPublicReadCarriesItsTokenUncheckedToTheServiceThatJudgesIt() {
        String forged = backends.tokens.forged(UUID.randomUUID());
        gateway.get().uri("/api/vacancies/v-1")
                .header("Authorization", bearer(forged))
                .header("Origin", "https://app.infoloker.test")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.infoloker.test")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
        backends.vacancy.server().verify(getRequestedFor(urlPathEqualTo("/api/vacancies/v-1"))
                .withHeader("Authorization", equalTo(bearer(forged))));
    }

    @Test
    void expiredTokenIsUnauthorized() {
        gateway.get().uri(PROTECTED)
                .header("Authorization", bearer(backends.tokens.expired(UUID.randomUUID())))
                .exchange()
                .expectStatus().isUnauthorized();
        backends.notification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() {
        gateway.get().uri(PROTECTED)
                .header("Authorization", bearer(backends.tokens.fromOtherIssuer(UUID.randomUUID())))
                .exchange()
                .expectStatus().isUnauthorized();
        backends.notification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void garbageTokenIsUnauthorized() {
        gateway.get().uri(PROTECTED)
                .header("Authorization", "Bearer not.a.jwt")
                .exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void validTokenIsForwardedForTheServiceToCheckAgain() {
        String token = backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER");
        gateway.get().uri(PROTECTED)
                .header("Authorization", bearer(token))
                .exchange()
                .expectStatus().isOk();
        backends.notification.server().verify(getRequestedFor(urlPathEqualTo(PROTECTED))
                .withHeader("Authorization", equalTo(bearer(token))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/vacancies", "GET /api/vacancies/v-1", "HEAD /api/vacancies/v-1",
        "POST /api/auth/refresh", "POST /api/auth/logout", "GET /.well-known/jwks.json", "GET /console/login",
        "GET /console/assets/app.css"})
    void publicEndpointsNeedNoToken(String request) {
        String[] parts = request.split(" ");
        gateway.method(HttpMethod.valueOf(parts[0])).uri(parts[1])
                .exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POST /api/vacancies", "DELETE /api/vacancies/v-1", "GET /api/accounts/me",
        "POST /api/accounts/me/documents", "GET /api/applications", "POST /api/verification/cases/claim-next",
        "GET /api/notifications/me", "GET /api/anything-new", "GET /console/queue"})
    void everythingElseUnderApiNeedsAToken(String request) {
        String[] parts = request.split(" ");
        gateway.method(HttpMethod.valueOf(parts[0])).uri(parts[1])
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        backends.all().forEach(backend -> backend.server().verify(0, anyRequestedFor(urlPathEqualTo(parts[1]))));
    }

    @Test
    void browserOpeningAConsolePageWithoutSessionIsSentToLogin() {
        gateway.get().uri("/console/queue")
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/console/login");
    }

    @Test
    void securityHeadersAreSetButNoHstsOverPlainHttp() {
        gateway.get().uri("/api/vacancies")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void corsPreflightFromAConfiguredOriginIsAllowed() {
        gateway.options().uri("/api/accounts/me")
                .header("Origin", "https://app.infoloker.test")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "Authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.infoloker.test");
    }

    @Test
    void corsFromAnyOtherOriginIsRefused() {
        gateway.options().uri("/api/accounts/me")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
        gateway.get().uri("/api/vacancies")
                .header("Origin", "https://evil.example")
                .exchange()
                .expectStatus().isForbidden();
        backends.all().forEach(backend -> backend.server().verify(0, anyRequestedFor(anyUrl())));
    }
}
