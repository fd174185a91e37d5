package id.infoloker.web.registration;

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

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmployerRegistrationPagesTest extends PortalTest {

    static final String REGISTER = "/api/accounts/employers";
    static final List<String> INPUTS = List.of("companyName", "nib", "npwp", "address", "kecamatanCode",
            "contactPerson", "email", "phone", "password", "consent");
    static final String INVALID_NIB = """
            {"type":"urn:infoloker:problem:invalid-nib","title":"NIB tidak valid","status":400,
             "detail":"NIB harus 13 angka.","code":"invalid-nib",
             "errors":[{"field":"nib","code":"invalid-nib","message":"NIB harus 13 angka."}]}""";

    static Map<String, String> typed() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("companyName", "PT Sinar Karawang Abadi");
        form.put("nib", "9120.0012.34567");
        form.put("npwp", "01.234.567.8-408.000");
        form.put("address", "Kawasan KIIC Jl. Permata Raya Lot C-1");
        form.put("kecamatanCode", "321506");
        form.put("contactPerson", "Dewi Lestari");
        form.put("email", "hrd@sinarkarawang.co.id");
        form.put("phone", "0812-1111-2222");
        form.put("password", "pabrik-sinar-2026");
        form.put("consent", "true");
        return form;
    }

    @Test
    void theJobSeekersRegistrationLeadsCompaniesToTheirOwnForm() {
        HttpResponse<String> answer = open("/daftar");

        assertThat(attribute(tag(answer.body(), "employer-link"), "href")).isEqualTo("/daftar/perusahaan");
    }

    @Test
    void theCompanyFormAsksForNibNpwpAndAContactPersonWithALabelForEveryInput() {
        HttpResponse<String> answer = open("/daftar/perusahaan");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Daftar sebagai perusahaan");
        for (String input : INPUTS) {
            assertThat(tag(answer.body(), input)).as(input).isNotNull();
            assertThat(hasLabel(answer.body(), input)).as(input).isTrue();
        }
        assertThat(attribute(tag(answer.body(), "phone"), "inputmode")).isEqualTo("numeric");
        assertThat(attribute(tag(answer.body(), "password"), "autocomplete")).isEqualTo("new-password");
    }

    @Test
    void anAcceptedCompanyIsSignedInAndGoesToUploadNibAndNpwp() {
        ACCOUNT.stubFor(post(urlEqualTo(REGISTER)).willReturn(aResponse().withStatus(202)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accountId\":\"5d0c6c4e-8f3a-4f0e-9d6b-2a1b3c4d5e60\",\"status\":\"PENDING_VERIFICATION\"}")));
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(RegistrationPagesTest.TOKENS)));

        HttpResponse<String> answer = postForm("/daftar/perusahaan", null, typed());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/dokumen");
        assertThat(header(answer, "X-Infoloker-Session-Access")).isEqualTo("access.jwt.value");
        ACCOUNT.verify(postRequestedFor(urlEqualTo(REGISTER)).withRequestBody(equalToJson("""
                {"companyName":"PT Sinar Karawang Abadi","nib":"9120.0012.34567","npwp":"01.234.567.8-408.000",
                 "address":"Kawasan KIIC Jl. Permata Raya Lot C-1","kecamatanCode":"321506",
                 "contactPerson":"Dewi Lestari","email":"hrd@sinarkarawang.co.id","phone":"0812-1111-2222",
                 "password":"pabrik-sinar-2026","consent":true,"preferredLanguage":"id",
                 "consentVersion":"2026-09-01"}""")));
        ACCOUNT.verify(postRequestedFor(urlEqualTo("/api/auth/token")).withRequestBody(equalToJson(
                "{\"username\":\"hrd@sinarkarawang.co.id\",\"password\":\"pabrik-sinar-2026\"}")));
    }

    @Test
    void aRefusedNibIsExplainedBesideItAndEverythingTypedButThePasswordComesBack() {
        ACCOUNT.stubFor(post(urlEqualTo(REGISTER)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody(INVALID_NIB)));

        HttpResponse<String> answer = postForm("/daftar/perusahaan", null, typed());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(text(answer.body(), "nib-error")).isEqualTo("NIB harus 13 angka.");
        assertThat(attribute(tag(answer.body(), "nib"), "aria-invalid")).isEqualTo("true");
        assertThat(attribute(tag(answer.body(), "companyName"), "value")).isEqualTo("PT Sinar Karawang Abadi");
        assertThat(attribute(tag(answer.body(), "password"), "value")).isNullOrEmpty();
        assertThat(answer.body()).contains("href=\"#nib\"").doesNotContain("pabrik-sinar-2026");
    }

    @Test
    void accountServiceDownKeepsTheFormAndAnswers503WithRetryAfter() {
        ACCOUNT.stubFor(post(urlEqualTo(REGISTER)).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7")));

        HttpResponse<String> answer = postForm("/daftar/perusahaan", null, typed());

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(header(answer, "Retry-After")).isEqualTo("7");
        assertThat(attribute(tag(answer.body(), "npwp"), "value")).isEqualTo("01.234.567.8-408.000");
    }
}
