package id.infoloker.web.account;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.hasLabel;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import id.infoloker.web.session.SessionHandoff;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountPageTest extends PortalTest {

    static final String ME = """
            {"id":"%s","type":"JOB_SEEKER","fullName":"Siti Nurhalisa","email":"siti@example.id",
             "phone":"+6281234567890","preferredLanguage":"id","status":"VERIFIED","statusReasonCode":null,
             "jobSeeker":{"nik":"3215014506990001","birthPlace":"Karawang","birthDate":"1999-06-05","sex":"F",
                          "address":"Jl. Tuparev 1","kecamatanCode":"321501","kecamatanName":"KARAWANG BARAT",
                          "education":"SMK"},"employer":null}""";

    private final UUID siti = UUID.randomUUID();
    private String token;

    @BeforeEach
    void signedInJobSeeker() {
        token = jobSeekerToken(siti);
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me")).willReturn(okJson(ME.formatted(siti))));
    }

    private static void answers(String method, String path, int status, String body) {
        var response = aResponse().withStatus(status);
        if (body != null) {
            response.withHeader("Content-Type", "application/problem+json").withBody(body);
        }
        ACCOUNT.stubFor(("PUT".equals(method) ? put(urlEqualTo(path)) : post(urlEqualTo(path))).willReturn(response));
    }

    private static String problem(int status, String code, String field, String message) {
        return """
                {"title":"Ditolak","status":%d,"detail":"%s","code":"%s",
                 "errors":[{"field":"%s","code":"%s","message":"%s"}]}""".formatted(status, message, code, field,
                code, message);
    }

    @Test
    void thePageIsPersonalPrivateAndPrefilledWithWhatIsRegistered() {
        HttpResponse<String> page = open("/akun", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        String html = page.body();
        for (String field : new String[] {"currentPassword", "newPassword", "email", "phone", "address",
            "kecamatanCode", "education", "fullName", "nik", "birthPlace", "birthDate", "sex"}) {
            assertThat(hasLabel(html, field)).as("label for %s", field).isTrue();
        }
        assertThat(attribute(tag(html, "fullName"), "value")).isEqualTo("Siti Nurhalisa");
        assertThat(attribute(tag(html, "nik"), "value")).isEqualTo("3215014506990001");
        assertThat(html).contains("siti@example.id", "+6281234567890", "Jl. Tuparev 1", "name=\"_csrf\"",
                "Koreksi data identitas");
        assertThat(open("/akun", token, "en").body()).contains("My account", "Request a data correction");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInFirst() {
        HttpResponse<String> page = open("/akun");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(header(page, "Location")).isEqualTo("/masuk?next=%2Fakun");
    }

    @Test
    void changingThePasswordEndsOtherSessionsAndKeepsThisOneSignedIn() {
        answers("POST", "/api/accounts/me/password", 204, null);
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(okJson("""
                {"accessToken":"fresh.access","tokenType":"Bearer","expiresIn":900,"refreshToken":"fresh-refresh"}""")));

        HttpResponse<String> done = postForm("/akun/sandi", token, Map.of("currentPassword", "rahasia-sekali",
                "newPassword", "kata-sandi-baru-77"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(header(done, "Location")).endsWith("/akun?sandi-baru");
        assertThat(header(done, SessionHandoff.ACCESS)).isEqualTo("fresh.access");
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/auth/token")).withRequestBody(equalToJson(
                "{\"username\":\"siti@example.id\",\"password\":\"kata-sandi-baru-77\"}")));
        assertThat(text(open("/akun?sandi-baru", token).body(), "akun-selesai"))
                .startsWith("Kata sandi baru Anda sudah berlaku");
    }

    @Test
    void aWrongCurrentPasswordIsShownBesideItsField() {
        answers("POST", "/api/accounts/me/password", 400, problem(400, "current-password-wrong", "currentPassword",
                "Kata sandi saat ini salah."));

        HttpResponse<String> page = postForm("/akun/sandi", token, Map.of("currentPassword", "salah-sekali",
                "newPassword", "kata-sandi-baru-77"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page.body(), "currentPassword-error")).isEqualTo("Kata sandi saat ini salah.");
        assertThat(attribute(tag(page.body(), "currentPassword"), "aria-invalid")).isEqualTo("true");
        assertThat(page.body()).doesNotContain("salah-sekali").doesNotContain("kata-sandi-baru-77");
    }

    @Test
    void aNewEmailAsksForTheCodeSentToItThenTakesEffect() {
        answers("POST", "/api/accounts/me/email", 202, null);
        answers("POST", "/api/accounts/me/email/confirm", 204, null);

        HttpResponse<String> codeForm = postForm("/akun/email", token, Map.of("value", " baru@example.id "));

        assertThat(codeForm.statusCode()).isEqualTo(200);
        assertThat(text(codeForm.body(), "kode-email-terkirim")).contains("baru@example.id", "10 menit");
        assertThat(hasLabel(codeForm.body(), "emailCode")).isTrue();
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/accounts/me/email"))
                .withRequestBody(equalToJson("{\"email\":\"baru@example.id\"}")));

        HttpResponse<String> done = postForm("/akun/email/konfirmasi", token, Map.of("value", "baru@example.id",
                "code", "123 456"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(header(done, "Location")).endsWith("/akun?email");
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/accounts/me/email/confirm"))
                .withRequestBody(equalToJson("{\"code\":\"123456\"}")));
    }

    @Test
    void aWrongCodeForTheNewPhoneIsShownBesideTheCodeField() {
        answers("POST", "/api/accounts/me/phone/confirm", 400, problem(400, "invalid-code", "code",
                "Kode salah, kedaluwarsa, atau sudah dipakai."));

        HttpResponse<String> page = postForm("/akun/hp/konfirmasi", token, Map.of("value", "081299998888",
                "code", "000000"));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(text(page.body(), "phoneCode-error")).startsWith("Kode salah");
        assertThat(text(page.body(), "kode-hp-terkirim")).contains("081299998888");
    }

    @Test
    void anEmailAnotherAccountUsesIsRefusedBesideTheEmailField() {
        answers("POST", "/api/accounts/me/email", 409, problem(409, "already-registered", "email",
                "Alamat email ini sudah terdaftar."));

        HttpResponse<String> page = postForm("/akun/email", token, Map.of("value", "dewi@example.id"));

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(text(page.body(), "email-error")).isEqualTo("Alamat email ini sudah terdaftar.");
        assertThat(attribute(tag(page.body(), "email"), "value")).isEqualTo("dewi@example.id");
    }

    @Test
    void addressAndEducationAreSavedDirectly() {
        answers("PUT", "/api/accounts/me/profile", 200, null);

        HttpResponse<String> done = postForm("/akun/profil", token, Map.of("address", "Jl. Kertabumi 5",
                "kecamatanCode", "321503", "education", "D3"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(header(done, "Location")).endsWith("/akun?profil");
        ACCOUNT.verify(putRequestedFor(urlEqualTo("/api/accounts/me/profile")).withRequestBody(equalToJson(
                "{\"address\":\"Jl. Kertabumi 5\",\"kecamatanCode\":\"321503\",\"education\":\"D3\"}")));
    }

    @Test
    void anIdentityCorrectionGoesToVerificationAndTheStatusPageFollows() {
        answers("POST", "/api/accounts/me/identity-correction", 202, null);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", "Siti Nurhaliza");
        form.put("nik", "3215 0145 0699 0001");
        form.put("birthPlace", "Karawang");
        form.put("birthDate", "1999-06-05");
        form.put("sex", "F");

        HttpResponse<String> done = postForm("/akun/koreksi", token, form);

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(header(done, "Location")).endsWith("/status?koreksi");
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/accounts/me/identity-correction")).withRequestBody(
                equalToJson("{\"fullName\":\"Siti Nurhaliza\",\"nik\":\"3215014506990001\",\"birthPlace\":"
                        + "\"Karawang\",\"birthDate\":\"1999-06-05\",\"sex\":\"F\"}")));
    }

    @Test
    void aNikOfAnotherAccountIsRefusedBesideTheNikWithWhatWasTyped() {
        answers("POST", "/api/accounts/me/identity-correction", 409, problem(409, "already-registered", "nik",
                "NIK ini sudah terdaftar."));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", "Siti Nurhaliza");
        form.put("nik", "3215014506990002");
        form.put("birthPlace", "Karawang");
        form.put("birthDate", "1999-06-05");
        form.put("sex", "F");

        HttpResponse<String> page = postForm("/akun/koreksi", token, form);

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(text(page.body(), "nik-error")).isEqualTo("NIK ini sudah terdaftar.");
        assertThat(attribute(tag(page.body(), "nik"), "value")).isEqualTo("3215014506990002");
        assertThat(attribute(tag(page.body(), "fullName"), "value")).isEqualTo("Siti Nurhaliza");
    }
}
