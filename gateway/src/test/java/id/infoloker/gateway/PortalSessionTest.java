package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The portal's cookie session: web (a WireMock server) hands a token pair over in response headers, the gateway keeps
 * it in HttpOnly cookies, forwards it as a bearer token and refreshes it at account-service (WireMock too). Every test
 * uses its own refresh token: the gateway remembers refreshes for a minute, across tests of the shared context.
 */
class PortalSessionTest extends GatewayIntegrationTest {

    private static final String SESSION = "INFOLOKER_SESSION";
    private static final String REFRESH = "INFOLOKER_REFRESH";
    private static final String XSRF = "XSRF-TOKEN";
    private static final String PAGE = "/lowongan/saya";

    @BeforeEach
    void portalAnswersEveryPage() {
        backends.web.server().stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8").withBody("<p>portal</p>")));
        backends.account.server().stubFor(post("/api/auth/logout").willReturn(aResponse().withStatus(204)));
    }

    @Test
    void aHandOffFromWebBecomesTwoLaxHttpOnlyCookiesAndTheHeadersAreGone() {
        String access = backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER");
        backends.web.server().stubFor(post("/masuk").willReturn(aResponse().withStatus(303)
                .withHeader("Location", "/akun")
                .withHeader("X-Infoloker-Session-Access", access)
                .withHeader("X-Infoloker-Session-Refresh", "handed-refresh")));

        EntityExchangeResult<byte[]> result = gateway.post().uri("/masuk")
                .body(BodyInserters.fromFormData("username", "pencari@contoh.id").with("password", "rahasia"))
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/akun")
                .expectHeader().doesNotExist("X-Infoloker-Session-Access")
                .expectHeader().doesNotExist("X-Infoloker-Session-Refresh")
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectCookie().valueEquals(SESSION, access)
                .expectCookie().httpOnly(SESSION, true)
                .expectCookie().secure(SESSION, true)
                .expectCookie().sameSite(SESSION, "Lax")
                .expectCookie().path(SESSION, "/")
                .expectCookie().valueEquals(REFRESH, "handed-refresh")
                .expectCookie().httpOnly(REFRESH, true)
                .expectCookie().secure(REFRESH, true)
                .expectCookie().sameSite(REFRESH, "Lax")
                .expectCookie().path(REFRESH, "/")
                .expectCookie().maxAge(REFRESH, Duration.ofMinutes(60))
                .expectBody().returnResult();

        assertThat(result.getResponseCookies().getFirst(SESSION).getMaxAge())
                .isBetween(Duration.ofSeconds(880), Duration.ofSeconds(900));
    }

    @Test
    void handOffHeadersFromAnyOtherServiceAreStrippedAndSetNoCookie() {
        backends.vacancy.server().stubFor(get("/api/vacancies").willReturn(okJson("[]")
                .withHeader("X-Infoloker-Session-Access", backends.tokens.valid(UUID.randomUUID(), "ADMIN"))
                .withHeader("X-Infoloker-Session-Refresh", "sneaky")
                .withHeader("X-Infoloker-Session-Clear", "true")));

        EntityExchangeResult<byte[]> result = gateway.get().uri("/api/vacancies")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().doesNotExist("X-Infoloker-Session-Access")
                .expectHeader().doesNotExist("X-Infoloker-Session-Refresh")
                .expectHeader().doesNotExist("X-Infoloker-Session-Clear")
                .expectBody().returnResult();

        assertThat(result.getResponseCookies()).isEmpty();
    }

    @Test
    void aForgedHandedOffTokenSetsNothing() {
        backends.web.server().stubFor(post("/masuk").willReturn(aResponse().withStatus(303)
                .withHeader("Location", "/akun")
                .withHeader("X-Infoloker-Session-Access", backends.tokens.forged(UUID.randomUUID()))
                .withHeader("X-Infoloker-Session-Refresh", "forged-refresh")));

        EntityExchangeResult<byte[]> result = gateway.post().uri("/masuk")
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().doesNotExist("X-Infoloker-Session-Access")
                .expectHeader().doesNotExist("X-Infoloker-Session-Refresh")
                .expectBody().returnResult();

        assertThat(result.getResponseCookies()).isEmpty();
    }

    @Test
    void webCanEndTheSessionAfterAnErasure() {
        backends.web.server().stubFor(post("/akun/hapus").willReturn(aResponse().withStatus(303)
                .withHeader("Location", "/").withHeader("X-Infoloker-Session-Clear", "true")));

        gateway.post().uri("/akun/hapus")
                .cookie(SESSION, backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"))
                .cookie(REFRESH, "refresh-" + UUID.randomUUID())
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().doesNotExist("X-Infoloker-Session-Clear")
                .expectCookie().maxAge(SESSION, Duration.ZERO)
                .expectCookie().maxAge(REFRESH, Duration.ZERO);
    }

    @Test
    void theSessionCookieReachesWebAsABearerTokenAndTheSessionCookiesStayBehind() {
        String access = backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER");

        EntityExchangeResult<byte[]> result = gateway.get().uri(PAGE)
                .cookie(SESSION, access)
                .cookie(REFRESH, "refresh-" + UUID.randomUUID())
                .cookie(XSRF, "csrf-abc")
                .cookie("lang", "en")
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();

        assertThat(result.getResponseCookies()).isEmpty();
        backends.web.server().verify(getRequestedFor(urlPathEqualTo(PAGE))
                .withHeader("Authorization", equalTo(bearer(access)))
                .withHeader("Cookie", containing("XSRF-TOKEN=csrf-abc"))
                .withHeader("Cookie", containing("lang=en"))
                .withHeader("Cookie", notContaining("INFOLOKER")));
        backends.account.server().verify(0, postRequestedFor(urlPathEqualTo("/api/auth/refresh")));
    }

    @Test
    void aTokenAboutToEndIsRefreshedOnceAndWebSeesTheNewOne() {
        String refreshToken = "refresh-" + UUID.randomUUID();
        String renewed = renewsTo(refreshToken);

        gateway.get().uri(PAGE)
                .cookie(SESSION, backends.tokens.expiringIn(Duration.ofMinutes(3), UUID.randomUUID(), "JOB_SEEKER"))
                .cookie(REFRESH, refreshToken)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectCookie().valueEquals(SESSION, renewed)
                .expectCookie().sameSite(SESSION, "Lax")
                .expectCookie().valueEquals(REFRESH, refreshToken + "-next")
                .expectCookie().maxAge(REFRESH, Duration.ofMinutes(60))
                .expectCookie().httpOnly(REFRESH, true);

        backends.account.server().verify(1, postRequestedFor(urlPathEqualTo("/api/auth/refresh"))
                .withHeader("Content-Type", containing("application/json"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"" + refreshToken + "\"}")));
        backends.web.server().verify(getRequestedFor(urlPathEqualTo(PAGE))
                .withHeader("Authorization", equalTo(bearer(renewed))));
    }

    @Test
    void withOnlyTheRefreshCookieLeftTheSessionIsRefreshed() {
        String refreshToken = "refresh-" + UUID.randomUUID();
        String renewed = renewsTo(refreshToken);

        gateway.get().uri(PAGE)
                .cookie(REFRESH, refreshToken)
                .exchange()
                .expectStatus().isOk()
                .expectCookie().valueEquals(SESSION, renewed);

        backends.web.server().verify(getRequestedFor(urlPathEqualTo(PAGE))
                .withHeader("Authorization", equalTo(bearer(renewed))));
    }

    @Test
    void parallelRequestsOfOnePageRefreshOnlyOnce() throws Exception {
        String refreshToken = "refresh-" + UUID.randomUUID();
        String renewed = backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER");
        backends.account.server().stubFor(post("/api/auth/refresh").willReturn(okJson(pair(renewed,
                refreshToken + "-next")).withFixedDelay(500)));
        String expiring = backends.tokens.expiringIn(Duration.ofMinutes(1), UUID.randomUUID(), "JOB_SEEKER");

        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<CompletableFuture<String>> requests = IntStream.range(0, 5)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> gateway.get().uri(PAGE + "?bagian=" + i)
                            .cookie(SESSION, expiring)
                            .cookie(REFRESH, refreshToken)
                            .exchange()
                            .expectStatus().isOk()
                            .expectBody().returnResult()
                            .getResponseCookies().getFirst(SESSION).getValue(), pool))
                    .toList();
            for (CompletableFuture<String> request : requests) {
                assertThat(request.get()).isEqualTo(renewed);
            }
        }
        finally {
            pool.shutdown();
        }

        backends.account.server().verify(1, postRequestedFor(urlPathEqualTo("/api/auth/refresh")));
        backends.web.server().verify(5, getRequestedFor(urlPathEqualTo(PAGE))
                .withHeader("Authorization", equalTo(bearer(renewed))));
    }

    @Test
    void aRefusedRefreshEndsTheSessionAndThePageIsServedAnonymously() {
        backends.account.server().stubFor(post("/api/auth/refresh").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"code\":\"invalid-refresh-token\"}")));

        gateway.get().uri(PAGE)
                .cookie(SESSION, backends.tokens.expiringIn(Duration.ofMinutes(2), UUID.randomUUID(), "JOB_SEEKER"))
                .cookie(REFRESH, "refresh-" + UUID.randomUUID())
                .exchange()
                .expectStatus().isOk()
                .expectCookie().maxAge(SESSION, Duration.ZERO)
                .expectCookie().maxAge(REFRESH, Duration.ZERO)
                .expectBody(String.class).isEqualTo("<p>portal</p>");

        backends.web.server().verify(getRequestedFor(urlPathEqualTo(PAGE)).withHeader("Authorization", absent()));
    }

    @Test
    void whenAccountServiceCannotRefreshTheStillValidTokenIsUsedAndTheCookiesStay() {
        backends.account.server().stubFor(post("/api/auth/refresh").willReturn(aResponse().withStatus(503)));
        String expiring = backends.tokens.expiringIn(Duration.ofMinutes(2), UUID.randomUUID(), "JOB_SEEKER");

        EntityExchangeResult<byte[]> result = gateway.get().uri(PAGE)
                .cookie(SESSION, expiring)
                .cookie(REFRESH, "refresh-" + UUID.randomUUID())
                .exchange()
                .expectStatus().isOk()
                .expectBody().returnResult();

        assertThat(result.getResponseCookies()).isEmpty();
        backends.web.server().verify(getRequestedFor(urlPathEqualTo(PAGE))
                .withHeader("Authorization", equalTo(bearer(expiring))));
    }

    @Test
    void anInvalidCookieOnAPortalPageIsDroppedAndThePageServed() {
        for (String stale : List.of(backends.tokens.forged(UUID.randomUUID()),
                backends.tokens.expired(UUID.randomUUID()), "not.a.jwt")) {
            backends.web.server().resetRequests();

            gateway.get().uri(PAGE)
                    .accept(MediaType.TEXT_HTML)
                    .cookie(SESSION, stale)
                    .exchange()
                    .expectStatus().isOk()
                    .expectCookie().maxAge(SESSION, Duration.ZERO)
                    .expectBody(String.class).isEqualTo("<p>portal</p>");

            backends.web.server().verify(getRequestedFor(urlPathEqualTo(PAGE)).withHeader("Authorization", absent())
                    .withHeader("Cookie", absent()));
        }
    }

    @Test
    void aPortalFormPostNeedsNoCsrfHeaderAtTheGatewayAndArrivesIntact() {
        String access = backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER");

        gateway.post().uri("/lamaran")
                .cookie(SESSION, access)
                .cookie(XSRF, "csrf-abc")
                .body(BodyInserters.fromFormData("lowongan", "v-1").with("_csrf", "csrf-abc"))
                .exchange()
                .expectStatus().isOk();

        backends.web.server().verify(postRequestedFor(urlPathEqualTo("/lamaran"))
                .withHeader("Authorization", equalTo(bearer(access)))
                .withHeader("Cookie", equalTo("XSRF-TOKEN=csrf-abc"))
                .withRequestBody(equalTo("lowongan=v-1&_csrf=csrf-abc")));
    }

    @Test
    void aClientsOwnAuthorizationHeaderIsTreatedAsToday() {
        gateway.get().uri(PAGE)
                .header("Authorization", bearer(backends.tokens.forged(UUID.randomUUID())))
                .cookie(SESSION, backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"))
                .exchange()
                .expectStatus().isUnauthorized();
        backends.web.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void websOwnContentSecurityPolicyAndCacheControlPassThrough() {
        backends.web.server().stubFor(get("/").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html;charset=UTF-8")
                .withHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' 'nonce-abc'")
                .withHeader("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .withBody("<p>beranda</p>")));

        gateway.get().uri("/")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Content-Security-Policy",
                        "default-src 'self'; script-src 'self' 'nonce-abc'")
                .expectHeader().valueEquals("Cache-Control", "public, max-age=60, stale-while-revalidate=300")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        // A page that sets none still gets the gateway's default.
        gateway.get().uri(PAGE)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches("Cache-Control", ".*no-store.*");
    }

    @Test
    void signingOutRevokesTheRefreshTokenAndClearsBothCookies() {
        String refreshToken = "refresh-" + UUID.randomUUID();

        gateway.post().uri("/keluar")
                .cookie(SESSION, backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"))
                .cookie(REFRESH, refreshToken)
                .cookie(XSRF, "csrf-abc")
                .body(BodyInserters.fromFormData("_csrf", "csrf-abc"))
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/")
                .expectCookie().maxAge(SESSION, Duration.ZERO)
                .expectCookie().maxAge(REFRESH, Duration.ZERO)
                .expectCookie().sameSite(REFRESH, "Lax")
                .expectCookie().maxAge(XSRF, Duration.ZERO);

        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/logout"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"" + refreshToken + "\"}")));
        backends.account.server().verify(0, postRequestedFor(urlPathEqualTo("/api/auth/refresh")));
        backends.web.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void signingOutWithTheCsrfHeaderWorksToo() {
        gateway.post().uri("/keluar")
                .cookie(REFRESH, "refresh-" + UUID.randomUUID())
                .cookie(XSRF, "csrf-abc")
                .header("X-XSRF-TOKEN", "csrf-abc")
                .exchange()
                .expectStatus().isSeeOther()
                .expectCookie().maxAge(REFRESH, Duration.ZERO);
    }

    @Test
    void signingOutWithABadCsrfTokenGivesAnHtmlPageAndChangesNothing() {
        EntityExchangeResult<String> indonesian = gateway.post().uri("/keluar")
                .cookie(SESSION, backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"))
                .cookie(REFRESH, "refresh-" + UUID.randomUUID())
                .cookie(XSRF, "csrf-abc")
                .body(BodyInserters.fromFormData("_csrf", "from-another-site"))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult();
        assertThat(indonesian.getResponseBody()).contains("<html lang=\"id\">", "Gagal keluar", "href=\"/\"");
        assertThat(indonesian.getResponseCookies().getFirst(SESSION)).isNull();
        assertThat(indonesian.getResponseCookies().getFirst(REFRESH)).isNull();

        gateway.post().uri("/keluar")
                .header("Accept-Language", "en-GB,en;q=0.8")
                .cookie(REFRESH, "refresh-" + UUID.randomUUID())
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(html -> assertThat(html).contains("<html lang=\"en\">",
                        "Sign-out failed"));

        backends.account.server().verify(0, postRequestedFor(urlPathEqualTo("/api/auth/logout")));
    }

    @Test
    void documentUploadsGoToWebWithTheUploadLimit() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];

        gateway.post().uri("/dokumen/ktp")
                .header("X-Forwarded-For", "10.9." + (int) (Math.random() * 250) + ".7")
                .cookie(SESSION, backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(twoMegabytes)
                .exchange()
                .expectStatus().isOk();
        backends.web.server().verify(postRequestedFor(urlPathEqualTo("/dokumen/ktp")));
    }

    private String renewsTo(String refreshToken) {
        String renewed = backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER");
        backends.account.server().stubFor(post("/api/auth/refresh").willReturn(okJson(pair(renewed,
                refreshToken + "-next"))));
        return renewed;
    }

    private static String pair(String access, String refresh) {
        return """
                {"accessToken":"%s","tokenType":"Bearer","expiresIn":900,"refreshToken":"%s"}
                """.formatted(access, refresh);
    }
}
