package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The verification console's cookie login: account-service and verification-service are WireMock servers. Each test
 * comes from its own client address (X-Forwarded-For through the trusted test proxy), so the sign-in rate limit of
 * one test does not spill into another.
 */
class ConsoleLoginTest extends GatewayIntegrationTest {

    private static final String SESSION = "INFOLOKER_CONSOLE";
    private static final String REFRESH = "INFOLOKER_CONSOLE_REFRESH";
    private static final String XSRF = "XSRF-TOKEN";
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private WebTestClient browser;
    private String address;

    @BeforeEach
    void oneClientAddressPerTest() {
        address = "10.0." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);
        browser = gateway.mutate().defaultHeader("X-Forwarded-For", address).build();
        backends.verification.server().stubFor(any(urlPathMatching("/(api/verification|console)(/.*)?"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                        .withBody("<p>konsol</p>")));
        backends.account.server().stubFor(post("/api/auth/logout").willReturn(aResponse().withStatus(204)));
    }

    @Test
    void loginPageIsAnIndonesianFormWithACsrfTokenInFieldAndCookie() {
        EntityExchangeResult<String> page = browser.get().uri("/console/login")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueMatches("Content-Security-Policy", ".*default-src 'self'.*frame-ancestors 'none'.*")
                .expectCookie().httpOnly(XSRF, false)
                .expectCookie().sameSite(XSRF, "Strict")
                .expectCookie().secure(XSRF, true)
                .expectBody(String.class).returnResult();

        String html = page.getResponseBody();
        assertThat(html).contains("<html lang=\"id\">", "<label for=\"email\">Alamat email</label>",
                "<label for=\"password\">Kata sandi</label>", "autocomplete=\"current-password\"");
        assertThat(hiddenCsrf(html)).isEqualTo(page.getResponseCookies().getFirst(XSRF).getValue());
    }

    @Test
    void loginPageIsEnglishOnRequest() {
        browser.get().uri("/console/login?lang=en").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<html lang=\"en\">", "Password", "action=\"/console/login?lang=en\""));
        browser.get().uri("/console/login").header("Accept-Language", "en-US,en;q=0.9").exchange()
                .expectBody(String.class).value(html -> assertThat(html).contains("Sign in"));
    }

    @Test
    void verifierSignsInAndGetsTheTokenAsAStrictHttpOnlyCookie() {
        String token = tokenFor("VERIFIER");
        Csrf csrf = openLoginPage();

        EntityExchangeResult<Void> result = signIn(csrf, "verifier@infoloker.test", "rahasia-123")
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/console")
                .expectCookie().valueEquals(SESSION, token)
                .expectCookie().httpOnly(SESSION, true)
                .expectCookie().secure(SESSION, true)
                .expectCookie().sameSite(SESSION, "Strict")
                .expectCookie().path(SESSION, "/")
                .expectBody().isEmpty();

        ResponseCookie session = result.getResponseCookies().getFirst(SESSION);
        assertThat(session.getMaxAge()).isBetween(Duration.ofSeconds(880), Duration.ofSeconds(900));
        // The refresh token stays in the gateway's hands (HttpOnly), for the session to slide while the person works.
        ResponseCookie refresh = result.getResponseCookies().getFirst(REFRESH);
        assertThat(refresh.getValue()).isEqualTo("refresh-1");
        assertThat(refresh.isHttpOnly()).isTrue();
        assertThat(refresh.isSecure()).isTrue();
        assertThat(refresh.getSameSite()).isEqualTo("Strict");
        assertThat(refresh.getPath()).isEqualTo("/");
        assertThat(refresh.getMaxAge()).isEqualTo(Duration.ofMinutes(60));
        assertThat(result.getResponseHeaders().getCacheControl()).isEqualTo("no-store");
        // A fresh CSRF token after sign-in: one planted before it is worthless.
        assertThat(result.getResponseCookies().getFirst(XSRF).getValue()).isNotEqualTo(csrf.token());
        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/token"))
                .withHeader("X-Infoloker-Client-Address", equalTo(address))
                .withRequestBody(equalToJson("{\"username\":\"verifier@infoloker.test\",\"password\":\"rahasia-123\"}")));
        backends.account.server().verify(0, postRequestedFor(urlPathEqualTo("/api/auth/logout")));
    }

    @Test
    void aConsolePageWithTheCookieReachesTheServiceWithABearerToken() {
        String token = backends.tokens.valid(UUID.randomUUID(), "VERIFIER");

        browser.get().uri("/console/queue")
                .accept(MediaType.TEXT_HTML)
                .cookie(SESSION, token)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().exists("Content-Security-Policy")
                .expectCookie().exists(XSRF)
                .expectBody(String.class).isEqualTo("<p>konsol</p>");

        backends.verification.server().verify(getRequestedFor(urlPathEqualTo("/console/queue"))
                .withHeader("Authorization", equalTo(bearer(token)))
                .withHeader("Cookie", notContaining(SESSION)));
    }

    @Test
    void aStateChangeWithTheCookieButWithoutCsrfTokenIsRefusedBeforeTheService() {
        String token = backends.tokens.valid(UUID.randomUUID(), "VERIFIER");

        browser.post().uri("/api/verification/cases/claim-next")
                .cookie(SESSION, token)
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("csrf-token-invalid");
        // The cookie alone (what a cross-site form could make a browser send) is not enough, nor is a wrong header.
        browser.post().uri("/console/cases/c-1/decision")
                .cookie(SESSION, token)
                .cookie(XSRF, "token-the-attacker-cannot-read")
                .exchange()
                .expectStatus().isForbidden();
        browser.post().uri("/console/cases/c-1/decision")
                .cookie(SESSION, token)
                .cookie(XSRF, "a-real-token")
                .header("X-XSRF-TOKEN", "another-token")
                .exchange()
                .expectStatus().isForbidden();

        backends.verification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aStateChangeWithTheCookieAndTheCsrfHeaderPassesWithItsBodyIntact() {
        String token = backends.tokens.valid(UUID.randomUUID(), "VERIFIER");

        browser.post().uri("/console/cases/c-1/decision")
                .cookie(SESSION, token)
                .cookie(XSRF, "csrf-123")
                .header("X-XSRF-TOKEN", "csrf-123")
                .header("HX-Request", "true")
                .body(BodyInserters.fromFormData("outcome", "APPROVED").with("note", "KTP jelas"))
                .exchange()
                .expectStatus().isOk();

        backends.verification.server().verify(postRequestedFor(urlPathEqualTo("/console/cases/c-1/decision"))
                .withHeader("Authorization", equalTo(bearer(token)))
                .withRequestBody(equalTo("outcome=APPROVED&note=KTP+jelas")));
    }

    @Test
    void bearerTokenClientsNeedNoCsrfToken() {
        browser.post().uri("/api/verification/cases/claim-next")
                .header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "VERIFIER")))
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void aJobSeekerGetsTheFormAgainAndNoCookie() {
        tokenFor("JOB_SEEKER");

        EntityExchangeResult<String> result = signIn(openLoginPage(), "pencari@contoh.id", "rahasia-123")
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult();

        assertThat(result.getResponseBody()).contains("role=\"alert\"",
                "Akun ini tidak berhak membuka konsol verifikasi.", "value=\"pencari@contoh.id\"");
        assertThat(result.getResponseCookies().getFirst(SESSION)).isNull();
    }

    @Test
    void wrongCredentialsGiveTheFormAgainWithoutCookie() {
        backends.account.server().stubFor(post("/api/auth/token").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"code\":\"bad-credentials\"}")));

        EntityExchangeResult<String> result = signIn(openLoginPage(), "verifier@infoloker.test", "salah")
                .expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult();

        assertThat(result.getResponseBody()).contains("Alamat email atau kata sandi salah.")
                .doesNotContain("salah\"");
        assertThat(result.getResponseCookies().getFirst(SESSION)).isNull();
    }

    @Test
    void signInWithoutTheFormsCsrfTokenIsRefused() {
        tokenFor("VERIFIER");

        browser.post().uri("/console/login")
                .body(BodyInserters.fromFormData("email", "verifier@infoloker.test").with("password", "x"))
                .exchange()
                .expectStatus().isForbidden()
                .expectCookie().doesNotExist(SESSION);
        backends.account.server().verify(0, postRequestedFor(urlPathEqualTo("/api/auth/token")));
    }

    @Test
    void consoleSignInsShareTheSignInRateLimit() {
        backends.account.server().stubFor(post("/api/auth/token").willReturn(aResponse().withStatus(401)));
        Csrf csrf = openLoginPage();
        for (int attempt = 0; attempt < 3; attempt++) {
            signIn(csrf, "verifier@infoloker.test", "tebakan-" + attempt).expectStatus().isUnauthorized();
        }

        signIn(csrf, "verifier@infoloker.test", "tebakan-4")
                .expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After");
        backends.account.server().verify(3, postRequestedFor(urlPathEqualTo("/api/auth/token")));
    }

    @Test
    void aJobSeekersRefreshTokenIsRevokedAtOnce() {
        tokenFor("JOB_SEEKER");

        signIn(openLoginPage(), "pencari@contoh.id", "rahasia-123").expectStatus().isForbidden();

        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/logout"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"refresh-1\"}")));
    }

    @Test
    void aConsoleTokenAboutToEndIsRefreshedAndTheSessionSlides() {
        String refreshToken = "console-refresh-" + UUID.randomUUID();
        String renewed = backends.tokens.valid(UUID.randomUUID(), "VERIFIER");
        backends.account.server().stubFor(post("/api/auth/refresh").willReturn(okJson("""
                {"accessToken":"%s","tokenType":"Bearer","expiresIn":900,"refreshToken":"%s-next"}
                """.formatted(renewed, refreshToken))));

        EntityExchangeResult<String> result = browser.get().uri("/console/queue")
                .accept(MediaType.TEXT_HTML)
                .cookie(SESSION, backends.tokens.expiringIn(Duration.ofMinutes(2), UUID.randomUUID(), "VERIFIER"))
                .cookie(REFRESH, refreshToken)
                .exchange()
                .expectStatus().isOk()
                .expectCookie().valueEquals(SESSION, renewed)
                .expectCookie().sameSite(SESSION, "Strict")
                .expectCookie().valueEquals(REFRESH, refreshToken + "-next")
                .expectCookie().sameSite(REFRESH, "Strict")
                .expectCookie().httpOnly(REFRESH, true)
                .expectCookie().maxAge(REFRESH, Duration.ofMinutes(60))
                .expectBody(String.class).returnResult();

        assertThat(result.getResponseBody()).isEqualTo("<p>konsol</p>");
        backends.account.server().verify(1, postRequestedFor(urlPathEqualTo("/api/auth/refresh"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"" + refreshToken + "\"}")));
        backends.verification.server().verify(getRequestedFor(urlPathEqualTo("/console/queue"))
                .withHeader("Authorization", equalTo(bearer(renewed)))
                .withHeader("Cookie", notContaining("INFOLOKER")));
    }

    @Test
    void aConsoleSessionWhoseRefreshIsRefusedEndsAtTheLoginPage() {
        backends.account.server().stubFor(post("/api/auth/refresh").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"code\":\"invalid-refresh-token\"}")));

        browser.get().uri("/console/queue")
                .accept(MediaType.TEXT_HTML)
                .cookie(REFRESH, "console-refresh-" + UUID.randomUUID())
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/console/login")
                .expectCookie().maxAge(REFRESH, Duration.ZERO);

        backends.verification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void logoutRevokesTheRefreshTokenAndClearsBothCookies() {
        Csrf csrf = openLoginPage();
        String refreshToken = "console-refresh-" + UUID.randomUUID();

        browser.post().uri("/console/logout")
                .cookie(SESSION, backends.tokens.valid(UUID.randomUUID(), "VERIFIER"))
                .cookie(REFRESH, refreshToken)
                .cookie(XSRF, csrf.token())
                .body(BodyInserters.fromFormData("_csrf", csrf.token()))
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/console/login")
                .expectCookie().value(SESSION, value -> assertThat(value).isEmpty())
                .expectCookie().maxAge(SESSION, Duration.ZERO)
                .expectCookie().httpOnly(SESSION, true)
                .expectCookie().maxAge(REFRESH, Duration.ZERO);

        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/logout"))
                .withRequestBody(equalToJson("{\"refreshToken\":\"" + refreshToken + "\"}")));
    }

    @Test
    void logoutWithoutCsrfTokenIsRefused() {
        browser.post().uri("/console/logout")
                .cookie(SESSION, backends.tokens.valid(UUID.randomUUID(), "VERIFIER"))
                .exchange()
                .expectStatus().isForbidden()
                .expectCookie().doesNotExist(SESSION);
    }

    @Test
    void anExpiredCookieSendsThePersonToTheLoginPageAndIsDropped() {
        browser.get().uri("/console/queue")
                .accept(MediaType.TEXT_HTML)
                .cookie(SESSION, backends.tokens.expired(UUID.randomUUID()))
                .exchange()
                .expectStatus().isSeeOther()
                .expectHeader().valueEquals("Location", "/console/login")
                .expectCookie().maxAge(SESSION, Duration.ZERO);
        // htmx would follow a redirect inside the page fragment: it gets HX-Redirect instead.
        browser.get().uri("/console/cases/c-1")
                .header("HX-Request", "true")
                .cookie(SESSION, backends.tokens.forged(UUID.randomUUID()))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("HX-Redirect", "/console/login");

        backends.verification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theGatewaysOwnConsolePathsNeverFallThroughToTheService() {
        browser.get().uri("/console/logout").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        browser.get().uri("/console/login.css").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(new MediaType("text", "css"));

        backends.verification.server().verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void staffWithASecondFactorAreAskedForTheirCodeAndItGoesToAccountService() {
        String token = tokenFor("VERIFIER");
        backends.account.server().stubFor(post("/api/auth/token").atPriority(1)
                .withRequestBody(notContaining("totpCode"))
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":401,\"code\":\"second-factor-required\"}")));
        Csrf csrf = openLoginPage();

        String asked = signIn(csrf, "verifier@infoloker.test", "rahasia-123")
                .expectStatus().isUnauthorized()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(asked).contains("kode 6 angka", "name=\"totpCode\"", "autocomplete=\"one-time-code\"")
                .contains("value=\"verifier@infoloker.test\"").doesNotContain("rahasia-123");

        browser.post().uri("/console/login").cookie(XSRF, csrf.token())
                .body(BodyInserters.fromFormData("email", "verifier@infoloker.test").with("password", "rahasia-123")
                        .with("totpCode", " 287082 ").with("_csrf", csrf.token()))
                .exchange()
                .expectStatus().isSeeOther()
                .expectCookie().valueEquals(SESSION, token);
        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/token"))
                .withRequestBody(equalToJson("{\"username\":\"verifier@infoloker.test\",\"password\":\"rahasia-123\","
                        + "\"totpCode\":\"287082\"}")));
    }

    @Test
    void aRoleThatRequiresASecondFactorShowsTheSecretToEnrolOnTheLoginPage() {
        backends.account.server().stubFor(post("/api/auth/token").willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"status":401,"code":"second-factor-enrolment-required","totpSecret":"GEZDGNBVGY3TQOJQ",
                         "otpauthUri":"otpauth://totp/Infoloker%3Av%40x?secret=GEZDGNBVGY3TQOJQ&issuer=Infoloker"}""")));

        String page = signIn(openLoginPage(), "verifier@infoloker.test", "rahasia-123")
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(page).contains("id=\"totp-secret\">GEZDGNBVGY3TQOJQ<", "otpauth://totp/Infoloker%3Av%40x",
                "Admin mewajibkan faktor kedua");
    }

    @Test
    void aTemporaryPasswordIsReplacedFromTheLoginPage() {
        String token = tokenFor("VERIFIER");
        backends.account.server().stubFor(post("/api/auth/token").atPriority(1)
                .withRequestBody(notContaining("newPassword"))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":403,\"code\":\"password-change-required\"}")));
        Csrf csrf = openLoginPage();

        String asked = signIn(csrf, "verifier@infoloker.test", "sementara-123")
                .expectStatus().isForbidden()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(asked).contains("name=\"newPassword\"", "autocomplete=\"new-password\"", "kata sandi baru");

        browser.post().uri("/console/login").cookie(XSRF, csrf.token())
                .body(BodyInserters.fromFormData("email", "verifier@infoloker.test").with("password", "sementara-123")
                        .with("newPassword", "pilihan-sendiri-9").with("_csrf", csrf.token()))
                .exchange()
                .expectStatus().isSeeOther()
                .expectCookie().valueEquals(SESSION, token);
        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/token"))
                .withRequestBody(equalToJson("{\"username\":\"verifier@infoloker.test\",\"password\":\"sementara-123\","
                        + "\"newPassword\":\"pilihan-sendiri-9\"}")));
    }

    private String tokenFor(String role) {
        String token = backends.tokens.valid(UUID.randomUUID(), role);
        backends.account.server().stubFor(post("/api/auth/token").willReturn(okJson("""
                {"accessToken":"%s","tokenType":"Bearer","expiresIn":900,"refreshToken":"refresh-1"}
                """.formatted(token))));
        return token;
    }

    private Csrf openLoginPage() {
        EntityExchangeResult<String> page = browser.get().uri("/console/login").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult();
        return new Csrf(hiddenCsrf(page.getResponseBody()));
    }

    private WebTestClient.ResponseSpec signIn(Csrf csrf, String email, String password) {
        return browser.post().uri("/console/login")
                .cookie(XSRF, csrf.token())
                .body(BodyInserters.fromFormData("email", email).with("password", password)
                        .with("_csrf", csrf.token()))
                .exchange();
    }

    private static String hiddenCsrf(String html) {
        Matcher matcher = HIDDEN_CSRF.matcher(html);
        assertThat(matcher.find()).as("hidden _csrf field").isTrue();
        return matcher.group(1);
    }

    private record Csrf(String token) {
    }
}
