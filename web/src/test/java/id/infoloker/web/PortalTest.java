package id.infoloker.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import id.infoloker.testkit.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of web's integration tests: the real portal on a random port, with WireMock standing in for the four
 * services at their real APIs, a JWKS of a key the tests sign tokens with, and an HTTP client that talks to web as
 * the gateway does (bearer token from the session, the XSRF cookie plus the {@code _csrf} field on forms). Every
 * test class extending this shares one Spring context and one set of WireMock servers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class PortalTest {

    protected static final WireMockServer ACCOUNT = started();
    protected static final WireMockServer VACANCY = started();
    protected static final WireMockServer VERIFICATION = started();
    protected static final WireMockServer NOTIFICATION = started();
    /** Any value works for double-submit CSRF as long as cookie and field agree. */
    protected static final String CSRF = "test-csrf-token-0123456789";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("infoloker.services.account", ACCOUNT::baseUrl);
        registry.add("infoloker.services.vacancy", VACANCY::baseUrl);
        registry.add("infoloker.services.verification", VERIFICATION::baseUrl);
        registry.add("infoloker.services.notification", NOTIFICATION::baseUrl);
        registry.add("infoloker.security.jwks-uri", () -> ACCOUNT.baseUrl() + "/.well-known/jwks.json");
        registry.add("infoloker.portal.base-url", () -> "https://infoloker.example.go.id");
        registry.add("infoloker.portal.secure-cookie", () -> "false");
    }

    @BeforeEach
    void freshStubs() {
        for (WireMockServer server : List.of(ACCOUNT, VACANCY, VERIFICATION, NOTIFICATION)) {
            server.resetAll();
        }
        ACCOUNT.stubFor(get(urlEqualTo("/.well-known/jwks.json")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(TestTokens.jwkSetJson())));
    }

    // ---- tokens ----

    /** An access token as account-service issues it: RS256, issuer infoloker, subject = account id, roles claim. */
    protected static String token(UUID accountId, String... roles) {
        return TestTokens.forAccount(accountId, roles);
    }

    protected static String jobSeekerToken(UUID accountId) {
        return token(accountId, "JOB_SEEKER");
    }

    // ---- HTTP as the gateway sends it (named open, not get, so WireMock's static get stays usable) ----

    protected HttpResponse<String> open(String path) {
        return send(request(path, null, "id").GET().build());
    }

    protected HttpResponse<String> open(String path, String bearer) {
        return send(request(path, bearer, "id").GET().build());
    }

    protected HttpResponse<String> open(String path, String bearer, String language) {
        return send(request(path, bearer, language).GET().build());
    }

    /** A form post with a valid CSRF token (cookie + field), as the page's own form sends it. */
    protected HttpResponse<String> postForm(String path, String bearer, Map<String, String> fields) {
        return postForm(path, bearer, fields, "id");
    }

    protected HttpResponse<String> postForm(String path, String bearer, Map<String, String> fields,
                                            String language) {
        String body = fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        body = body.isEmpty() ? "_csrf=" + CSRF : body + "&_csrf=" + CSRF;
        return send(request(path, bearer, language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + CSRF)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    protected HttpRequest.Builder request(String path, String bearer, String language) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "text/html")
                .header("Accept-Language", language);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    protected static HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** For answers that are no page: a CV, a calendar file. */
    protected static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A service's JSON answer: a problem ({@code application/problem+json}) from 400 on. */
    protected static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status)
                .withHeader("Content-Type", status < 300 ? "application/json" : "application/problem+json")
                .withBody(body);
    }

    protected static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        return server;
    }

}
