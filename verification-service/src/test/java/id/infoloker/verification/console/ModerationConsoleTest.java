package id.infoloker.verification.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The console's moderation pages against vacancy-service's moderation API as documented in vacancy-service/README.md
 * (WireMock stands in for vacancy-service; vacancy-service's own tests cover the API's behaviour).
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ModerationConsoleTest {

    static final WireMockServer VACANCY = new WireMockServer(options().dynamicPort());

    static {
        VACANCY.start();
    }

    @DynamicPropertySource
    static void vacancyService(DynamicPropertyRegistry properties) {
        properties.add("infoloker.services.vacancy", VACANCY::baseUrl);
    }

    @AfterAll
    static void stop() {
        VACANCY.stop();
    }

    static final UUID VACANCY_ID = UUID.fromString("7f3c2b1a-0d9e-4f8a-b7c6-5d4e3f2a1b0c");
    static final UUID EMPLOYER_ID = UUID.fromString("2c4e6a8b-1d3f-4a5c-9e7b-0f2d4c6a8e1b");

    static final String REASONS = """
            [{"code":"ASKS_FOR_MONEY","labelId":"Meminta uang atau biaya","labelEn":"Asks for money or fees"},
             {"code":"BROKER","labelId":"Calo atau titipan","labelEn":"Broker (calo) or placed hires"}]""";
    static final String HISTORY = """
            {"employerId":"%s","companyName":"PT Calo Jaya","accountStatus":"VERIFIED","suspension":null,
             "vacanciesByStatus":{"PUBLISHED":1,"CLOSED":2},"takenDown":1,"reportsReceived":4,
             "vacancies":[{"id":"%s","title":"Operator Gudang","status":"PUBLISHED","closeReason":null,
                           "createdAt":"2026-12-01T02:00:00Z"}],
             "decisions":[{"at":"2026-11-20T03:00:00Z","actorId":"%s","action":"TAKE_DOWN","vacancyId":null,
                           "employerId":"%s","reasonCode":"ASKS_FOR_MONEY","note":"Minta uang seragam."}]}"""
            .formatted(EMPLOYER_ID, VACANCY_ID, UUID.randomUUID(), EMPLOYER_ID);

    @LocalServerPort
    int port;

    WebTestClient http;
    String admin;

    @BeforeEach
    void stubs() {
        http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
        admin = "Bearer " + TestTokens.forAccount(UUID.randomUUID(), "ADMIN");
        VACANCY.resetAll();
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/report-reasons")).willReturn(okJson(REASONS)));
        VACANCY.stubFor(get(urlEqualTo("/api/moderation/reports")).withHeader(HttpHeaders.AUTHORIZATION,
                equalTo(admin)).willReturn(okJson("""
                [{"vacancy":{"id":"%s","companyName":"PT Calo Jaya","title":"Operator Gudang",
                   "description":"Siapkan u4ng j4minan 1 juta.","requirements":"SMA","status":"PUBLISHED",
                   "closeReason":null,"screeningEvidence":[],"publishedAt":"2026-12-01T02:00:00Z"},
                  "screeningEvidenceNow":[{"rule":"money-request/deposit","matchedText":"u4ng j4minan 1 juta",
                   "phrase":"uang jaminan"}],
                  "reports":[{"id":"%s","reasonCode":"ASKS_FOR_MONEY","text":"Diminta transfer 500rb",
                   "reporterSignedIn":false,"createdAt":"2026-12-05T01:00:00Z"}],
                  "employer":%s}]""".formatted(VACANCY_ID, UUID.randomUUID(), HISTORY))));
        VACANCY.stubFor(get(urlEqualTo("/api/moderation/employers/" + EMPLOYER_ID)).willReturn(okJson(HISTORY)));
    }

    @Test
    void theReportQueueShowsTheAdTheReportsTheScreeningEvidenceAndTheEmployersHistory() {
        String page = page("/console/moderation");

        assertThat(page).contains("Operator Gudang", "PT Calo Jaya", "Siapkan u4ng j4minan 1 juta.",
                "Meminta uang atau biaya", "Diminta transfer 500rb", "pelapor anonim", "money-request/deposit",
                "u4ng j4minan 1 juta", "uang jaminan", "Pernah dihentikan: 1", "Laporan diterima: 4",
                "/console/moderation/employers/" + EMPLOYER_ID,
                "/console/moderation/vacancies/" + VACANCY_ID + "/take-down", "name=\"_csrf\"");
    }

    @Test
    void takingDownSendsTheAdminsDecisionWithTheirOwnTokenAndSaysWhatHappened() {
        VACANCY.stubFor(post(urlEqualTo("/api/moderation/vacancies/" + VACANCY_ID + "/take-down"))
                .willReturn(okJson("{\"id\":\"" + VACANCY_ID + "\",\"status\":\"CLOSED\"}")));

        http.post().uri("/console/moderation/vacancies/{id}/take-down", VACANCY_ID)
                .header(HttpHeaders.AUTHORIZATION, admin).header("HX-Request", "true")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("reasonCode", "ASKS_FOR_MONEY").with("note", "Pelapor dimintai uang."))
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals("HX-Redirect", "/console/moderation?done=take-down");

        VACANCY.verify(postRequestedFor(urlEqualTo("/api/moderation/vacancies/" + VACANCY_ID + "/take-down"))
                .withHeader(HttpHeaders.AUTHORIZATION, equalTo(admin))
                .withRequestBody(equalToJson("{\"reasonCode\":\"ASKS_FOR_MONEY\",\"note\":\"Pelapor dimintai uang.\"}")));
        assertThat(page("/console/moderation?done=take-down")).contains("Lowongan dihentikan; perusahaan dan "
                + "pelamarnya diberi tahu.");
    }

    @Test
    void aRefusalFromVacancyServiceIsShownOnThePageWithItsStatus() {
        VACANCY.stubFor(post(urlEqualTo("/api/moderation/vacancies/" + VACANCY_ID + "/take-down"))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"code\":\"vacancy-status\",\"title\":\"Status lowongan tidak "
                                + "sesuai\",\"detail\":\"Tindakan ini tidak dapat dilakukan pada lowongan berstatus "
                                + "CLOSED.\"}")));

        String page = http.post().uri("/console/moderation/vacancies/{id}/take-down", VACANCY_ID)
                .header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("reasonCode", "ASKS_FOR_MONEY").with("note", "lagi"))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("role=\"alert\"", "berstatus CLOSED", "Operator Gudang");
    }

    @Test
    void anEmployersPageShowsItsHistoryAndSuspendsWithAReason() {
        VACANCY.stubFor(post(urlEqualTo("/api/moderation/employers/" + EMPLOYER_ID + "/suspend"))
                .willReturn(okJson(HISTORY)));

        assertThat(page("/console/moderation/employers/" + EMPLOYER_ID)).contains("PT Calo Jaya",
                "Operator Gudang", "TAKE_DOWN", "Minta uang seragam.", "Tangguhkan perusahaan");
        http.post().uri("/console/moderation/employers/{id}/suspend", EMPLOYER_ID)
                .header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("reasonCode", "BROKER").with("note", "Tiga laporan calo."))
                .exchange().expectStatus().isSeeOther()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/console/moderation/employers/" + EMPLOYER_ID
                        + "?done=suspend");
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/moderation/employers/" + EMPLOYER_ID + "/suspend"))
                .withRequestBody(equalToJson("{\"reasonCode\":\"BROKER\",\"note\":\"Tiga laporan calo.\"}")));
    }

    @Test
    void onlyAnAdminModeratesAndAnUnreachableVacancyServiceIsAnErrorPage() {
        http.get().uri("/console/moderation").header(HttpHeaders.AUTHORIZATION, "Bearer "
                + TestTokens.forAccount(UUID.randomUUID(), "VERIFIER")).exchange().expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        VACANCY.stubFor(get(urlEqualTo("/api/moderation/reports")).willReturn(aResponse().withStatus(503)));
        http.get().uri("/console/moderation").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isEqualTo(503).expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).value(body -> assertThat(body).contains("Layanan lowongan tidak menjawab"));
    }

    private String page(String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, admin).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
    }
}
