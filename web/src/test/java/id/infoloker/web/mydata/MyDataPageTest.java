package id.infoloker.web.mydata;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MyDataPageTest extends PortalTest {

    private final UUID person = UUID.randomUUID();
    private final String token = jobSeekerToken(person);

    private static final String EXPORT = """
            {"exportedAt":"2026-12-06T01:00:00Z",
             "account":{"id":"%s","fullName":"Siti Rahmawati","email":"siti@example.id","phone":"+6281234567890",
                        "status":"VERIFIED","jobSeeker":{"nik":"3215014506980001","birthPlace":"Karawang",
                        "birthDate":"1998-06-05","address":"Jl. Tuparev 1"}},
             "consent":{"version":"2026-09-01","givenAt":"2026-12-01T02:00:00Z"},
             "documents":[{"document":{"type":"KTP","uploadedAt":"2026-12-01T02:05:00Z"}}],
             "submissions":[{"submission":1,"submittedAt":"2026-12-01T02:10:00Z"}],
             "staffReads":[{"documentType":"KTP","readerRoles":["VERIFIER"],"readAt":"2026-12-02T03:00:00Z"}],
             "services":{
               "verification":{"cases":[{"status":"DECIDED","outcome":"APPROVED"}],
                               "checks":[{"code":"NIK_STRUCTURE","verdict":"PASS"}],
                               "decisions":[{"outcome":"APPROVED","decided_at":"2026-12-02T03:05:00+00:00"}]},
               "applications":{"applications":[{"vacancyTitle":"Operator Produksi","status":"DIKIRIM",
                                                "submitted_at":"2026-12-03T04:00:00+00:00"}]},
               "notifications":{"notifications":[{},{}],"deliveries":[{}],
                                "preferences":[{"email_enabled":true,"sms_enabled":false}],
                                "alerts":[{"kecamatan_code":"321501"}]}}}
            """;

    @Test
    void theSummaryShowsWhatEveryServiceHoldsAndIsNeverStored() {
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(EXPORT.formatted(person))));

        HttpResponse<String> page = open("/data-saya", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("Data saya", "Siti Rahmawati", "3215014506980001", "Karawang · 1998-06-05",
                "Dibaca petugas", "KTP · VERIFIER", "Kasus verifikasi", "DECIDED · APPROVED", "Operator Produksi",
                "Jumlah notifikasi", "321501", "href=\"/data-saya/unduh\"");
        assertThat(open("/data-saya", token, "en").body()).contains("My data", "Read by staff");
        ACCOUNT.verify(getRequestedFor(urlEqualTo("/api/accounts/me/export"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void theWholeBundleDownloadsAsJson() {
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/me/export")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(EXPORT.formatted(person))));

        HttpResponse<String> download = open("/data-saya/unduh", token);

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(header(download, "Content-Disposition")).contains("attachment", "data-saya-infoloker.json");
        assertThat(header(download, "Cache-Control")).contains("no-store");
        assertThat(download.body()).contains("\"nik\":\"3215014506980001\"");
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        HttpResponse<String> page = open("/data-saya");

        assertThat(page.statusCode()).isIn(302, 303);
        assertThat(header(page, "Location")).contains("/masuk");
    }
}
