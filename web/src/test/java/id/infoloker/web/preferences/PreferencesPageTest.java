package id.infoloker.web.preferences;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PreferencesPageTest extends PortalTest {

    private static final String PREFERENCES = "/api/notifications/preferences";

    private final UUID person = UUID.randomUUID();
    private final String token = jobSeekerToken(person);

    @Test
    void thePageShowsTheChannelsAndTheSavedAlerts() {
        NOTIFICATION.stubFor(get(urlEqualTo(PREFERENCES)).willReturn(json("""
                {"email":true,"sms":false,"alerts":[{"kecamatanCode":"321501","education":"SMK",
                 "employmentType":"PKWT"}]}""")));

        HttpResponse<String> page = open("/preferensi", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("id=\"email\" name=\"email\" value=\"true\" checked",
                "name=\"alerts[0].kecamatanCode\"", "value=\"321501\" selected", "value=\"SMK\" selected",
                "value=\"PKWT\" selected", "name=\"alerts[1].kecamatanCode\"", "name=\"_csrf\"")
                .doesNotContain("id=\"sms\" name=\"sms\" value=\"true\" checked");
    }

    @Test
    void savingSendsTheFilledRowsAndComesBackToThePage() {
        NOTIFICATION.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(json("""
                {"email":false,"sms":true,"alerts":[]}""")));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("sms", "true");
        form.put("alerts[0].kecamatanCode", "");
        form.put("alerts[0].education", "");
        form.put("alerts[0].employmentType", "");
        form.put("alerts[1].kecamatanCode", "321501");
        form.put("alerts[1].education", "SMA");
        form.put("alerts[1].employmentType", "");

        HttpResponse<String> answer = postForm("/preferensi", token, form);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/preferensi?saved");
        NOTIFICATION.verify(putRequestedFor(urlEqualTo(PREFERENCES))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalToJson("""
                        {"email":false,"sms":true,"alerts":[{"kecamatanCode":"321501","education":"SMA",
                         "employmentType":null}]}""")));
    }

    @Test
    void aRefusalShowsTheFormAgainAsTypedWithTheMessageBesideTheField() {
        NOTIFICATION.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"urn:infoloker:problem:invalid-input","title":"Isian tidak valid","status":400,
                         "detail":"Periksa isian: alerts[0].kecamatanCode","code":"invalid-input",
                         "errors":[{"field":"alerts[0].kecamatanCode","code":"Pattern",
                                    "message":"harus 6 angka kode kecamatan"}]}""")));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("email", "true");
        form.put("alerts[0].kecamatanCode", "99");
        form.put("alerts[0].education", "SMK");
        form.put("alerts[0].employmentType", "HARIAN");

        HttpResponse<String> page = postForm("/preferensi", token, form);

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Periksa isian: alerts[0].kecamatanCode", "has-error",
                "harus 6 angka kode kecamatan", "id=\"email\" name=\"email\" value=\"true\" checked",
                "value=\"99\" selected", "value=\"SMK\" selected", "value=\"HARIAN\" selected");
    }

    @Test
    void anEmployerHasChannelsButNoAlerts() {
        NOTIFICATION.stubFor(get(urlEqualTo(PREFERENCES)).willReturn(json("""
                {"email":true,"sms":false,"alerts":[]}""")));

        HttpResponse<String> page = open("/preferensi", token(UUID.randomUUID(), "EMPLOYER"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("name=\"email\"").doesNotContain("alerts[0]");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() {
        HttpResponse<String> page = open("/preferensi");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(header(page, "Location")).isEqualTo("/masuk?next=%2Fpreferensi");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
