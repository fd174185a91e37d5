package id.infoloker.web.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportPagesTest extends PortalTest {

    private final UUID vacancy = UUID.randomUUID();

    @BeforeEach
    void reasons() {
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/report-reasons")).willReturn(json(200, """
                [{"code":"ASKS_FOR_MONEY","labelId":"Meminta uang","labelEn":"Asks for money"},
                 {"code":"OTHER","labelId":"Alasan lain","labelEn":"Other reason"}]""")));
    }

    @Test
    void anybodyMayOpenTheReportFormWithTheReasonsInTheirLanguage() {
        HttpResponse<String> id = open("/lowongan/" + vacancy + "/laporkan");
        HttpResponse<String> en = open("/lowongan/" + vacancy + "/laporkan", null, "en");

        assertThat(id.statusCode()).isEqualTo(200);
        assertThat(header(id, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(id.body()).contains("Laporkan lowongan", "Meminta uang", "name=\"_csrf\"");
        assertThat(en.body()).contains("Report a vacancy", "Asks for money");
    }

    @Test
    void anAnonymousReportReachesVacancyServiceWithThePersonsAddressAndEndsOnAThankYouPage() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + vacancy + "/reports")).willReturn(json(201,
                "{\"reportId\":\"" + UUID.randomUUID() + "\"}")));

        HttpResponse<String> answer = send(request("/lowongan/" + vacancy + "/laporkan", null, "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + CSRF)
                .header("X-Forwarded-For", "203.0.113.7")
                .POST(HttpRequest.BodyPublishers.ofString("reasonCode=ASKS_FOR_MONEY&text=Diminta+transfer+1+juta"
                        + "&_csrf=" + CSRF)).build());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("<h1 id=\"report-thanks\">");
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/vacancies/" + vacancy + "/reports"))
                .withHeader("Authorization", absent())
                .withHeader("X-Forwarded-For", equalTo("203.0.113.7"))
                .withRequestBody(equalToJson("{\"reasonCode\":\"ASKS_FOR_MONEY\",\"text\":\"Diminta transfer 1 juta\"}")));
    }

    @Test
    void tooManyReportsIsAPageSayingSoNotAnError() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + vacancy + "/reports")).willReturn(aResponse()
                .withStatus(429).withHeader("Content-Type", "application/problem+json")
                .withHeader("Retry-After", "1800").withBody("""
                        {"status":429,"code":"report-rate-limited","title":"Terlalu banyak laporan",
                         "detail":"Anda sudah mengirim 5 laporan dalam satu jam. Coba lagi nanti.",
                         "retryAfterSeconds":1800}""")));

        HttpResponse<String> answer = postForm("/lowongan/" + vacancy + "/laporkan", null,
                Map.of("reasonCode", "ASKS_FOR_MONEY", "text", ""));

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(text(answer.body(), "refusal")).contains("Anda sudah mengirim 5 laporan dalam satu jam.");
        assertThat(attribute(tag(answer.body(), "refusal"), "data-code")).isEqualTo("report-rate-limited");
    }

    @Test
    void aMissingReasonComesBackToTheFormBesideTheReason() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + vacancy + "/reports")).willReturn(json(400, """
                {"status":400,"code":"invalid-input","title":"Data tidak valid","detail":"Periksa kembali isian berikut: reasonCode.",
                 "errors":[{"field":"reasonCode","code":"NotBlank","message":"wajib diisi"}]}""")));

        HttpResponse<String> answer = postForm("/lowongan/" + vacancy + "/laporkan", null,
                Map.of("reasonCode", "", "text", "Mencurigakan"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "reasonCode-error")).isEqualTo("wajib diisi");
        assertThat(text(answer.body(), "text")).isEqualTo("Mencurigakan");
    }

    @Test
    void everyVacancyPageLinksToItsReportForm() {
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/" + vacancy)).willReturn(json(200, """
                {"id":"%s","companyName":"PT Contoh","title":"Operator","description":"d","requirements":"r",
                 "minimumEducation":"SMK","kecamatanCode":"321506","employmentType":"PKWT","openings":1,
                 "closingDate":"2027-01-31","howToApply":"PLATFORM","status":"PUBLISHED",
                 "publishedAt":"2026-12-01T03:00:00Z"}""".formatted(vacancy))));

        HttpResponse<String> page = open("/lowongan/" + vacancy);

        assertThat(attribute(tag(page.body(), "report-vacancy"), "href"))
                .isEqualTo("/lowongan/" + vacancy + "/laporkan");
    }
}
