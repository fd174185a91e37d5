package id.infoloker.web.careerprofile;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.hasLabel;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CareerProfilePageTest extends PortalTest {

    static final String PROFILE = "/api/accounts/me/career-profile";

    private final String token = jobSeekerToken(UUID.randomUUID());

    @Test
    void theProfileShowsWhatWasSavedWithALabelForEveryInputAndTheConsentUnticked() {
        ACCOUNT.stubFor(get(urlEqualTo(PROFILE)).willReturn(json(200, """
                {"skills":["Forklift","K3"],"experiences":[{"employer":"PT Astra","role":"Operator",
                  "from":"2021-03","to":"2023-08"}],"major":"Teknik Mesin","desiredJob":"Operator produksi",
                 "disability":null,"shareDisability":false}""")));

        HttpResponse<String> page = open("/profil", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(text(page.body(), "skills")).isEqualTo("Forklift, K3");
        assertThat(attribute(tag(page.body(), "experience-0-employer"), "value")).isEqualTo("PT Astra");
        assertThat(attribute(tag(page.body(), "experience-0-from"), "value")).isEqualTo("2021-03");
        assertThat(attribute(tag(page.body(), "experience-1-employer"), "value")).isEmpty();
        assertThat(attribute(tag(page.body(), "shareDisability"), "checked")).isNull();
        for (String id : new String[] {"skills", "major", "desiredJob", "disability", "shareDisability",
                "experience-0-role", "experience-2-to"}) {
            assertThat(hasLabel(page.body(), id)).as(id).isTrue();
        }
    }

    @Test
    void savingSendsTheWholeProfileEmptyRowsLeftOutAndTheDisabilitySharedOnlyWithConsent() {
        ACCOUNT.stubFor(put(urlEqualTo(PROFILE)).willReturn(json(200, "{}")));

        HttpResponse<String> answer = post(form("Forklift, K3\nExcel", "PT Astra", "Operator", "2021-03", "",
                "Tuna rungu", null));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/profil?tersimpan");
        ACCOUNT.verify(putRequestedFor(urlEqualTo(PROFILE)).withRequestBody(equalToJson("""
                {"skills":["Forklift","K3","Excel"],
                 "experiences":[{"employer":"PT Astra","role":"Operator","from":"2021-03","to":null}],
                 "major":"Teknik Mesin","desiredJob":null,"disability":"Tuna rungu","shareDisability":false}""")));
    }

    @Test
    void aRefusedExperienceIsExplainedBesideItsRow() {
        ACCOUNT.stubFor(put(urlEqualTo(PROFILE)).willReturn(json(400, """
                {"status":400,"code":"experience-in-future","title":"Tanggal pengalaman kerja belum terjadi",
                 "detail":"Bulan mulai dan selesai pengalaman kerja tidak boleh setelah bulan ini.",
                 "errors":[{"field":"experiences[0].from","code":"experience-in-future",
                   "message":"tidak boleh setelah bulan ini"}]}""")));

        HttpResponse<String> answer = post(form("Forklift", "PT Astra", "Operator", "2031-03", "", "", "true"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "experience-0-from-error")).contains("tidak boleh setelah bulan ini");
        assertThat(attribute(tag(answer.body(), "experience-0-from"), "value")).isEqualTo("2031-03");
        assertThat(attribute(tag(answer.body(), "shareDisability"), "checked")).isNotNull();
    }

    private HttpResponse<String> post(String body) {
        return send(request("/profil", token, "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + CSRF)
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + CSRF)).build());
    }

    /** The form as the browser sends it: one filled experience row and one empty, repeated field names. */
    private static String form(String skills, String employer, String role, String from, String to,
                               String disability, String share) {
        String body = "skills=" + encode(skills) + "&major=" + encode("Teknik Mesin") + "&desiredJob="
                + "&experienceEmployer=" + encode(employer) + "&experienceRole=" + encode(role)
                + "&experienceFrom=" + encode(from) + "&experienceTo=" + encode(to)
                + "&experienceEmployer=&experienceRole=&experienceFrom=&experienceTo="
                + "&disability=" + encode(disability);
        return share == null ? body : body + "&shareDisability=" + share;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
