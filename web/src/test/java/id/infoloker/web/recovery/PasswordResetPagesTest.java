package id.infoloker.web.recovery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.hasLabel;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import id.infoloker.web.session.SessionHandoff;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordResetPagesTest extends PortalTest {

    static final String TOKENS = """
            {"accessToken":"access.after.reset","tokenType":"Bearer","expiresIn":900,"refreshToken":"refresh-new"}""";
    static final String INVALID_CODE = """
            {"type":"urn:infoloker:problem:invalid-code","title":"Kode tidak berlaku","status":400,
             "detail":"Kode salah, kedaluwarsa, atau sudah dipakai.","code":"invalid-code",
             "errors":[{"field":"code","code":"invalid-code","message":"Kode salah, kedaluwarsa, atau sudah dipakai."}]}""";
    static final String TOO_MANY = """
            {"type":"urn:infoloker:problem:too-many-requests","title":"Terlalu banyak permintaan","status":429,
             "detail":"Terlalu banyak permintaan dalam waktu singkat. Silakan coba lagi dalam 300 detik.",
             "code":"too-many-requests","retryAfterSeconds":300}""";

    private static void codeRequestAnswers(int status, String body) {
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/password-reset")).willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status == 202 ? "application/json" : "application/problem+json")
                .withBody(body)));
    }

    @Test
    void theSignInPageLeadsToAFormThatAsksOnlyForTheUsername() {
        assertThat(open("/masuk").body()).contains("<a href=\"/lupa-sandi\">Lupa kata sandi?</a>");

        HttpResponse<String> page = open("/lupa-sandi");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(hasLabel(page.body(), "username")).isTrue();
        assertThat(page.body()).contains("Lupa kata sandi", "name=\"_csrf\"", "Kirim kode");
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(open("/lupa-sandi", null, "en").body()).contains("Forgotten password", "Send code");
    }

    @Test
    void askingForACodeAlwaysContinuesToTheCodeFormWithTheUsernameHiddenNotInTheUrl() {
        codeRequestAnswers(202, "{\"expiresInSeconds\":600}");

        // As the gateway forwards it: the client's address named in X-Infoloker-Client-Address.
        HttpResponse<String> page = send(request("/lupa-sandi", null, "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + CSRF)
                .header("X-Infoloker-Client-Address", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString("username=+siti%40example.id+&_csrf=" + CSRF))
                .build());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(text(page.body(), "kode-terkirim")).startsWith("Bila email atau nomor HP itu terdaftar");
        assertThat(page.body()).contains("type=\"hidden\" name=\"username\" value=\"siti@example.id\"");
        assertThat(attribute(tag(page.body(), "code"), "autocomplete")).isEqualTo("one-time-code");
        assertThat(attribute(tag(page.body(), "newPassword"), "autocomplete")).isEqualTo("new-password");
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/auth/password-reset"))
                .withRequestBody(equalToJson("{\"username\":\"siti@example.id\"}"))
                .withHeader("X-Infoloker-Client-Address", equalTo("203.0.113.7")));
    }

    @Test
    void anEmptyUsernameIsExplainedBesideTheField() {
        HttpResponse<String> page = postForm("/lupa-sandi", null, Map.of("username", "  "));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page.body(), "username-error")).isEqualTo("Isi email atau nomor HP.");
        assertThat(attribute(tag(page.body(), "username"), "aria-invalid")).isEqualTo("true");
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo("/api/auth/password-reset")));
    }

    @Test
    void tooManyRequestsFromOneClientAreExplainedOnTheForm() {
        codeRequestAnswers(429, TOO_MANY);

        HttpResponse<String> page = postForm("/lupa-sandi", null, Map.of("username", "siti@example.id"));

        assertThat(page.statusCode()).isEqualTo(429);
        assertThat(text(page.body(), "lupa-error")).contains("coba lagi dalam 300 detik");
    }

    @Test
    void theRightCodeSetsThePasswordAndSignsThePersonIn() {
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/password-reset/confirm")).willReturn(aResponse().withStatus(204)));
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(TOKENS)));

        HttpResponse<String> done = postForm("/lupa-sandi/kode", null, Map.of("username", "siti@example.id",
                "code", "482 913", "newPassword", "kata-sandi-baru-77"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(header(done, "Location")).endsWith("/akun?sandi-baru");
        assertThat(header(done, SessionHandoff.ACCESS)).isEqualTo("access.after.reset");
        assertThat(header(done, SessionHandoff.REFRESH)).isEqualTo("refresh-new");
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/auth/password-reset/confirm")).withRequestBody(equalToJson(
                "{\"username\":\"siti@example.id\",\"code\":\"482913\",\"newPassword\":\"kata-sandi-baru-77\"}")));
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/auth/token")).withRequestBody(equalToJson(
                "{\"username\":\"siti@example.id\",\"password\":\"kata-sandi-baru-77\"}")));
    }

    @Test
    void aWrongCodeIsShownBesideTheCodeAndNothingTypedSecretComesBack() {
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/password-reset/confirm")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(INVALID_CODE)));

        HttpResponse<String> page = postForm("/lupa-sandi/kode", null, Map.of("username", "siti@example.id",
                "code", "111111", "newPassword", "kata-sandi-baru-77"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page.body(), "code-error")).startsWith("Kode salah");
        assertThat(attribute(tag(page.body(), "code"), "aria-describedby")).isEqualTo("code-error");
        assertThat(page.body()).doesNotContain("111111").doesNotContain("kata-sandi-baru-77")
                .contains("value=\"siti@example.id\"");
    }

    @Test
    void aResetFormWithoutTheCsrfTokenIsRefused() {
        HttpRequest forged = request("/lupa-sandi/kode", null, "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=siti%40example.id&code=123456&newPassword=x"))
                .build();

        assertThat(send(forged).statusCode()).isEqualTo(403);
        ACCOUNT.verify(0, postRequestedFor(urlEqualTo("/api/auth/password-reset/confirm")));
    }
}
