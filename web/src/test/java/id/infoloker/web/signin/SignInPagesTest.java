package id.infoloker.web.signin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.hasLabel;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import id.infoloker.web.PortalTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInPagesTest extends PortalTest {

    static final String TOKENS = """
            {"accessToken":"access.jwt.value","tokenType":"Bearer","expiresIn":900,"refreshToken":"refresh-value"}""";
    static final String INVALID_CREDENTIALS = """
            {"type":"urn:infoloker:problem:invalid-credentials","title":"Gagal masuk","status":401,
             "detail":"Email/nomor HP atau kata sandi salah.","instance":"/api/auth/token","code":"invalid-credentials"}""";
    static final String LOCKED = """
            {"type":"urn:infoloker:problem:account-locked","title":"Akun dikunci sementara","status":423,
             "detail":"Terlalu banyak percobaan masuk yang gagal. Silakan coba lagi dalam 60 detik.",
             "instance":"/api/auth/token","code":"account-locked","retryAfterSeconds":60,
             "lockedUntil":"2026-09-01T03:01:00Z"}""";

    static void stubToken(int status, String body, String... headers) {
        var response = aResponse().withStatus(status)
                .withHeader("Content-Type", status == 200 ? "application/json" : "application/problem+json")
                .withBody(body);
        for (int i = 0; i < headers.length; i += 2) {
            response.withHeader(headers[i], headers[i + 1]);
        }
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(response));
    }

    static Map<String, String> signIn(String username, String password, String next) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("password", password);
        if (next != null) {
            form.put("next", next);
        }
        return form;
    }

    @Test
    void theFormHasALabelForEveryInputAndALinkToPasswordRecovery() {
        HttpResponse<String> page = open("/masuk?next=/lamaran");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(hasLabel(html, "username")).isTrue();
        assertThat(hasLabel(html, "password")).isTrue();
        assertThat(html).contains("Email atau nomor HP");
        assertThat(attribute(tag(html, "username"), "autocomplete")).isEqualTo("username");
        assertThat(attribute(tag(html, "password"), "type")).isEqualTo("password");
        assertThat(attribute(tag(html, "password"), "autocomplete")).isEqualTo("current-password");
        assertThat(tag(html, "masuk-submit")).startsWith("<button");
        assertThat(html).contains("name=\"next\" value=\"/lamaran\"");
        assertThat(html).contains("name=\"_csrf\"");
        assertThat(text(html, "lupa-sandi")).isEqualTo("Lupa kata sandi?");
        assertThat(html).contains("<a href=\"/lupa-sandi\">Lupa kata sandi?</a>");
        assertThat(attribute(tag(html, "daftar-link"), "href")).isEqualTo("/daftar");
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void theFormSpeaksEnglishWhenAskedTo() {
        String html = open("/masuk", null, "en").body();

        assertThat(html).contains("E-mail or mobile number").contains("Forgotten your password?");
    }

    @Test
    void aRightPasswordHandsTheSessionToTheGatewayAndContinuesToNext() {
        stubToken(200, TOKENS, "Cache-Control", "no-store");

        HttpResponse<String> answer = postForm("/masuk", null, signIn(" budi@example.com ", "rahasia-budi-1",
                "/lowongan/7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b?x=1"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/lowongan/7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b?x=1");
        assertThat(header(answer, "X-Infoloker-Session-Access")).isEqualTo("access.jwt.value");
        assertThat(header(answer, "X-Infoloker-Session-Refresh")).isEqualTo("refresh-value");
        assertThat(answer.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("access.jwt.value"));
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/auth/token"))
                .withRequestBody(equalToJson("{\"username\":\"budi@example.com\",\"password\":\"rahasia-budi-1\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "https://evil.example/x", "/\\evil.example", "evil.example",
        "javascript:alert(1)", "/%0d%0aSet-Cookie:x", " //evil.example"})
    void aNextOutsideThisSiteGoesHome(String next) {
        stubToken(200, TOKENS);

        HttpResponse<String> answer = postForm("/masuk", null, signIn("0812-3456-7890", "rahasia-budi-1", next));

        assertThat(answer.statusCode()).isEqualTo(303);
        String location = header(answer, "Location");
        assertThat(location).isIn("/", "/%0d%0aSet-Cookie:x");
        assertThat(location).doesNotContain("evil").doesNotContain("\n");
    }

    @Test
    void aWrongPasswordKeepsTheUsernameButNeverThePassword() {
        stubToken(401, INVALID_CREDENTIALS);

        HttpResponse<String> answer = postForm("/masuk", null, signIn("budi@example.com", "salah-sandi-99", "/status"));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(attribute(tag(answer.body(), "username"), "value")).isEqualTo("budi@example.com");
        assertThat(answer.body()).contains("Email/nomor HP atau kata sandi salah.")
                .doesNotContain("salah-sandi-99").contains("name=\"next\" value=\"/status\"");
        assertThat(header(answer, "X-Infoloker-Session-Access")).isNull();
    }

    @Test
    void aLockedAccountIsToldWhenToTryAgain() {
        stubToken(423, LOCKED, "Retry-After", "60");

        HttpResponse<String> answer = postForm("/masuk", null, signIn("budi@example.com", "salah-lagi-1", null));

        assertThat(answer.statusCode()).isEqualTo(423);
        assertThat(header(answer, "Retry-After")).isEqualTo("60");
        assertThat(answer.body()).contains("Silakan coba lagi dalam 60 detik.");
    }

    @Test
    void aRateLimitedSignInSaysSoInThePersonsLanguage() {
        stubToken(429, "", "Retry-After", "6");

        HttpResponse<String> answer = postForm("/masuk", null, signIn("budi@example.com", "rahasia-1", null), "en");

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(header(answer, "Retry-After")).isEqualTo("6");
        assertThat(answer.body()).contains("Too many attempts");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedWithAnHtmlPage() {
        stubToken(200, TOKENS);

        HttpResponse<String> answer = send(request("/masuk", null, "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=budi%40example.com&password=rahasia-budi-1"))
                .build());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(header(answer, "X-Infoloker-Session-Access")).isNull();
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo("/api/auth/token")));
    }

    @Test
    void accountServiceDownGivesTheFormBackWith503AndRetryAfter() {
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/token"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HttpResponse<String> answer = postForm("/masuk", null, signIn("budi@example.com", "rahasia-budi-1", "/status"));

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(header(answer, "Retry-After")).isNotBlank();
        assertThat(attribute(tag(answer.body(), "username"), "value")).isEqualTo("budi@example.com");
        assertThat(answer.body()).doesNotContain("rahasia-budi-1");
    }

    @Test
    void anEmptyFormIsAnsweredWithoutAskingAccountService() {
        HttpResponse<String> answer = postForm("/masuk", null, signIn("", "", null));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Isi email atau nomor HP dan kata sandi.");
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo("/api/auth/token")));
    }
}
