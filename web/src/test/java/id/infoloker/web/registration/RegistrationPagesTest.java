package id.infoloker.web.registration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.hasLabel;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationPagesTest extends PortalTest {

    static final String REGISTER = "/api/accounts/job-seekers";
    static final List<String> INPUTS = List.of("fullName", "nik", "birthPlace", "birthDate", "sex", "email", "phone",
            "password", "address", "kecamatanCode", "education", "consent");

    /** What account-service answers for a form with a blank name and a NIK of 15 digits (kit's invalid-input). */
    static final String INVALID_INPUT_ID = """
            {"type":"urn:infoloker:problem:invalid-input","title":"Data tidak valid","status":400,
             "detail":"Periksa kembali isian berikut: fullName, nik.","instance":"/api/accounts/job-seekers",
             "code":"invalid-input","errors":[
               {"field":"fullName","code":"NotBlank","message":"wajib diisi"},
               {"field":"nik","code":"Pattern","message":"formatnya tidak sesuai"}]}""";
    static final String INVALID_INPUT_EN = """
            {"type":"urn:infoloker:problem:invalid-input","title":"Invalid data","status":400,
             "detail":"Please check these fields: fullName, nik.","instance":"/api/accounts/job-seekers",
             "code":"invalid-input","errors":[
               {"field":"fullName","code":"NotBlank","message":"must not be blank"},
               {"field":"nik","code":"Pattern","message":"has the wrong format"}]}""";
    static final String PHONE_TAKEN = """
            {"type":"urn:infoloker:problem:already-registered","title":"Sudah terdaftar","status":409,
             "detail":"Nomor HP ini sudah terdaftar. Silakan masuk dengan akun yang ada atau gunakan data lain.",
             "instance":"/api/accounts/job-seekers","code":"already-registered","errors":[{"field":"phone",
             "code":"already-registered","message":"Nomor HP ini sudah terdaftar. Silakan masuk dengan akun yang ada atau gunakan data lain."}]}""";
    static final String ACCEPTED = """
            {"accountId":"5d0c6c4e-8f3a-4f0e-9d6b-2a1b3c4d5e6f","status":"PENDING_VERIFICATION"}""";
    static final String TOKENS = """
            {"accessToken":"access.jwt.value","tokenType":"Bearer","expiresIn":900,"refreshToken":"refresh-value"}""";

    static Map<String, String> typed() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("fullName", "Siti Nurhaliza");
        form.put("nik", "3215014506990001");
        form.put("birthPlace", "Karawang");
        form.put("birthDate", "1999-06-05");
        form.put("sex", "F");
        form.put("email", "siti@example.com");
        form.put("phone", "0812-3456-7890");
        form.put("password", "kopi-pagi-karawang");
        form.put("address", "Jl. Tuparev No. 5, RT 01/RW 02");
        form.put("kecamatanCode", "321501");
        form.put("education", "SMK");
        form.put("consent", "true");
        return form;
    }

    static void stubRegistration(int status, String body, String language) {
        var mapping = post(urlEqualTo(REGISTER));
        if (language != null) {
            mapping = mapping.withHeader("Accept-Language", equalTo(language));
        }
        ACCOUNT.stubFor(mapping.willReturn(aResponse().withStatus(status)
                .withHeader("Content-Type", status < 300 ? "application/json" : "application/problem+json")
                .withBody(body)));
    }

    @Test
    void theFormHasALabelForEveryInputAndHelpsPhoneKeyboards() {
        HttpResponse<String> page = open("/daftar");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        for (String input : INPUTS) {
            assertThat(tag(html, input)).as(input).isNotNull();
            assertThat(hasLabel(html, input)).as("label for " + input).isTrue();
        }
        assertThat(attribute(tag(html, "nik"), "inputmode")).isEqualTo("numeric");
        assertThat(attribute(tag(html, "phone"), "inputmode")).isEqualTo("numeric");
        assertThat(attribute(tag(html, "birthDate"), "type")).isEqualTo("date");
        assertThat(attribute(tag(html, "consent"), "type")).isEqualTo("checkbox");
        assertThat(attribute(tag(html, "email"), "autocomplete")).isEqualTo("email");
        assertThat(attribute(tag(html, "password"), "autocomplete")).isEqualTo("new-password");
        assertThat(tag(html, "daftar-submit")).startsWith("<button");
        assertThat(html).contains("Undang-Undang Nomor 27 Tahun 2022").contains("Versi teks persetujuan: 2026-09-01")
                .contains("Karawang Barat").contains("Sudah punya akun?");
        assertThat(attribute(tag(html, "masuk-link"), "href")).isEqualTo("/masuk");
    }

    @Test
    void aRefusedRegistrationComesBackWithWhatWasTypedAndTheMessageBesideTheField() {
        stubRegistration(400, INVALID_INPUT_ID, "id");
        Map<String, String> form = typed();
        form.put("fullName", "");
        form.put("nik", "321501450699000");

        HttpResponse<String> answer = postForm("/daftar", null, form);

        assertThat(answer.statusCode()).isEqualTo(400);
        String html = answer.body();
        assertThat(attribute(tag(html, "nik"), "value")).isEqualTo("321501450699000");
        assertThat(attribute(tag(html, "email"), "value")).isEqualTo("siti@example.com");
        assertThat(attribute(tag(html, "phone"), "value")).isEqualTo("0812-3456-7890");
        assertThat(attribute(tag(html, "birthDate"), "value")).isEqualTo("1999-06-05");
        assertThat(html).contains("<option value=\"F\" selected=\"selected\">")
                .contains("<option value=\"321501\" selected=\"selected\">")
                .contains("Jl. Tuparev No. 5, RT 01/RW 02");
        assertThat(attribute(tag(html, "consent"), "checked")).isNotNull();
        assertThat(attribute(tag(html, "password"), "value")).isNull();
        assertThat(html).doesNotContain("kopi-pagi-karawang");
        assertThat(text(html, "nik-error")).isEqualTo("formatnya tidak sesuai");
        assertThat(text(html, "fullName-error")).isEqualTo("wajib diisi");
        assertThat(attribute(tag(html, "nik"), "aria-invalid")).isEqualTo("true");
        assertThat(html).contains("href=\"#nik\"").contains("href=\"#fullName\"")
                .contains("Ada isian yang perlu diperbaiki");
    }

    @Test
    void theRefusalIsInEnglishForAnEnglishReader() {
        stubRegistration(400, INVALID_INPUT_EN, "en");
        Map<String, String> form = typed();
        form.put("fullName", "");

        HttpResponse<String> answer = postForm("/daftar", null, form, "en");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "nik-error")).isEqualTo("has the wrong format");
        assertThat(text(answer.body(), "fullName-error")).isEqualTo("must not be blank");
        assertThat(answer.body()).contains("Some fields need correcting").contains("Full name: must not be blank");
        assertThat(attribute(tag(answer.body(), "email"), "value")).isEqualTo("siti@example.com");
    }

    @Test
    void aPhoneNumberAlreadyRegisteredIsExplainedBesideThePhone() {
        stubRegistration(409, PHONE_TAKEN, null);

        HttpResponse<String> answer = postForm("/daftar", null, typed());

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(text(answer.body(), "phone-error")).startsWith("Nomor HP ini sudah terdaftar.");
        assertThat(attribute(tag(answer.body(), "phone"), "value")).isEqualTo("0812-3456-7890");
    }

    @Test
    void anAcceptedRegistrationSignsThePersonInAndGoesToTheirDocuments() {
        stubRegistration(202, ACCEPTED, null);
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(TOKENS)));

        HttpResponse<String> answer = postForm("/daftar", null, typed());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/dokumen");
        assertThat(header(answer, "X-Infoloker-Session-Access")).isEqualTo("access.jwt.value");
        assertThat(header(answer, "X-Infoloker-Session-Refresh")).isEqualTo("refresh-value");
        ACCOUNT.verify(postRequestedFor(urlEqualTo(REGISTER)).withRequestBody(equalToJson("""
                {"fullName":"Siti Nurhaliza","nik":"3215014506990001","birthPlace":"Karawang",
                 "birthDate":"1999-06-05","sex":"F","email":"siti@example.com","phone":"0812-3456-7890",
                 "password":"kopi-pagi-karawang","address":"Jl. Tuparev No. 5, RT 01/RW 02",
                 "kecamatanCode":"321501","education":"SMK","consent":true,"preferredLanguage":"id",
                 "consentVersion":"2026-09-01"}""")));
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/auth/token")).withRequestBody(equalToJson(
                "{\"username\":\"siti@example.com\",\"password\":\"kopi-pagi-karawang\"}")));
    }

    @Test
    void anUntickedConsentIsSentAsFalseSoAccountServiceExplainsIt() {
        stubRegistration(400, """
                {"type":"urn:infoloker:problem:invalid-input","title":"Data tidak valid","status":400,
                 "detail":"Periksa kembali isian berikut: consent.","code":"invalid-input",
                 "errors":[{"field":"consent","code":"AssertTrue","message":"harus disetujui"}]}""", null);
        Map<String, String> form = typed();
        form.remove("consent");

        HttpResponse<String> answer = postForm("/daftar", null, form);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "consent-error")).isEqualTo("harus disetujui");
        assertThat(attribute(tag(answer.body(), "consent"), "checked")).isNull();
        ACCOUNT.verify(postRequestedFor(urlEqualTo(REGISTER)).withRequestBody(matchingJsonPath("$.consent",
                equalTo("false"))));
    }

    @Test
    void accountServiceDownKeepsEverythingTypedAndAnswers503WithRetryAfter() {
        ACCOUNT.stubFor(post(urlEqualTo(REGISTER)).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7").withHeader("Content-Type", "application/problem+json")
                .withBody("{\"status\":503,\"code\":\"database-unavailable\"}")));

        HttpResponse<String> answer = postForm("/daftar", null, typed());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(header(answer, "Retry-After")).isEqualTo("7");
        assertThat(attribute(tag(answer.body(), "nik"), "value")).isEqualTo("3215014506990001");
        assertThat(attribute(tag(answer.body(), "fullName"), "value")).isEqualTo("Siti Nurhaliza");
        assertThat(answer.body()).contains("Coba lagi dalam 7 detik.").doesNotContain("kopi-pagi-karawang");
    }
}
