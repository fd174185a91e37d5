package id.infoloker.web.applications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import id.infoloker.web.ApplicationFixtures;
import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ApplicationPagesTest extends PortalTest {

    private final UUID person = UUID.randomUUID();
    private final String token = jobSeekerToken(person);
    private final UUID vacancy = UUID.randomUUID();
    private final UUID application = UUID.randomUUID();

    @Test
    void applyingSendsThePersonToTheirNewApplication() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + vacancy + "/applications")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"applicationId\":\"" + application + "\",\"status\":\"DIKIRIM\"}")));

        HttpResponse<String> answer = postForm("/lowongan/" + vacancy + "/lamar", token, Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/lamaran/" + application);
        assertThat(header(answer, "Cache-Control")).isEqualTo("private, no-store");
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/vacancies/" + vacancy + "/applications"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aRefusedApplicationIsAPageWithTheReasonAndTheWayBack() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + vacancy + "/applications")).willReturn(problem(403,
                "job-seeker-not-verified", "Akun belum terverifikasi",
                "Anda dapat melamar setelah akun Anda diverifikasi petugas Disnakertrans.")));

        HttpResponse<String> answer = postForm("/lowongan/" + vacancy + "/lamar", token, Map.of());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(header(answer, "Content-Type")).startsWith("text/html");
        assertThat(answer.body()).contains("Lamaran belum terkirim", "Akun belum terverifikasi",
                "Anda dapat melamar setelah akun Anda diverifikasi petugas Disnakertrans.",
                "href=\"/lowongan/" + vacancy + "\"", "href=\"/status\"");
    }

    @Test
    void applyingTwiceSaysSoAndLeadsToTheApplications() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + vacancy + "/applications")).willReturn(problem(409,
                "already-applied", "Sudah melamar", "Anda sudah mengirim lamaran untuk lowongan ini.")));

        HttpResponse<String> answer = postForm("/lowongan/" + vacancy + "/lamar", token, Map.of());

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.body()).contains("Anda sudah mengirim lamaran untuk lowongan ini.", "href=\"/lamaran\"");
    }

    @Test
    void applyingWithoutTheFormsCsrfTokenIsRefused() {
        HttpResponse<String> answer = send(request("/lowongan/" + vacancy + "/lamar", token, "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        VACANCY.verify(0, postRequestedFor(urlEqualTo("/api/vacancies/" + vacancy + "/applications")));
    }

    @Test
    void anAnonymousApplicantIsSentToSignInAndBackToTheVacancy() {
        HttpResponse<String> answer = postForm("/lowongan/" + vacancy + "/lamar", null, Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/masuk?next=%2Flowongan%2F" + vacancy);
    }

    @Test
    void myApplicationsShowEachWithItsStatusInWordsPeopleKnow() {
        stubMine();

        HttpResponse<String> id = open("/lamaran", token, "id");
        HttpResponse<String> en = open("/lamaran", token, "en");

        assertThat(id.statusCode()).isEqualTo(200);
        assertThat(header(id, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(id.body()).contains("class=\"card application\"", "data-status=\"WAWANCARA\"", "Wawancara",
                "Operator Produksi", "PT Maju Jaya", "href=\"/lamaran/" + application + "\"",
                "data-status=\"DIKIRIM\"", "Dikirim", "Dikirim 1 Desember 2026");
        assertThat(en.body()).contains("Interview", "Sent 1 December 2026");
    }

    @Test
    void anApplicationClosedBecauseStaffTookTheVacancyDownSaysSoInTheListAndOnItsPage() {
        stubMineTakenDown();
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + application)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        {"applicationId":"%s","vacancyId":"%s","vacancyTitle":"Operator Gudang",
                         "companyName":"PT Calo Jaya","vacancyStatus":"CLOSED",
                         "applicant":{"jobSeekerId":"%s","displayName":"Korban Satu","kecamatanCode":"321506"},
                         "status":"DITUTUP","reasonCode":"TAKEN_DOWN","note":null,
                         "submittedAt":"2026-12-01T03:00:00Z","updatedAt":"2026-12-04T04:00:00Z",
                         "history":[{"status":"DIKIRIM","changedAt":"2026-12-01T03:00:00Z"},
                                    {"status":"DITUTUP","reasonCode":"TAKEN_DOWN","changedAt":"2026-12-04T04:00:00Z"}],
                         "interview":null,"allowedNext":[],"canWithdraw":false}
                        """.formatted(application, vacancy, person))));

        HttpResponse<String> list = open("/lamaran", token, "id");
        HttpResponse<String> page = open("/lamaran/" + application, token, "id");
        HttpResponse<String> listEn = open("/lamaran", token, "en");

        assertThat(list.body()).contains("data-status=\"DITUTUP\"", "Lowongan ditutup",
                "Lowongan diturunkan petugas Disnakertrans").doesNotContain("Lowongan ditutup perusahaan");
        assertThat(text(page.body(), "status-reason").replaceAll("\\s+", " "))
                .isEqualTo("Alasan: Lowongan diturunkan petugas Disnakertrans");
        assertThat(page.body()).doesNotContain("Lowongan ditutup perusahaan");
        assertThat(tag(page.body(), "withdraw")).isNull();
        assertThat(listEn.body()).contains("Disnakertrans took the vacancy down");
    }

    @Test
    void theListsReasonStillShowsWhenVacancyServiceHasNoDetailForIt() {
        stubMineTakenDown();
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + application)).willReturn(problem(404,
                "not-found", "Tidak ditemukan", "Tidak ditemukan.")));

        HttpResponse<String> page = open("/lamaran/" + application, token, "id");

        assertThat(text(page.body(), "status-reason").replaceAll("\\s+", " "))
                .isEqualTo("Alasan: Lowongan diturunkan petugas Disnakertrans");
    }

    @Test
    void oneApplicationShowsItsHistoryAndTheInterviewWithEverythingNeededToBeThere() {
        stubDetail();

        HttpResponse<String> page = open("/lamaran/" + application, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("data-status=\"WAWANCARA\"", "id=\"application-history\"",
                "href=\"/lowongan/" + vacancy + "\"");
        assertThat(text(page.body(), "interview-when")).isEqualTo("Senin, 11 Januari 2027, 09.00 WIB (sekitar 60 menit)");
        assertThat(text(page.body(), "interview-place")).isEqualTo("Kantor PT Maju Jaya, Jl. Industri Selatan 5, KIIC");
        assertThat(text(page.body(), "interview-contact")).isEqualTo("Dewi Lestari · 0812-1111-2222");
        assertThat(text(page.body(), "interview-note")).isEqualTo("Bawa fotokopi KTP dan ijazah.");
        assertThat(attribute(tag(page.body(), "interview-ics"), "href"))
                .isEqualTo("/lamaran/" + application + "/wawancara.ics");
        assertThat(tag(page.body(), "withdraw")).isNotNull();
    }

    @Test
    void theInterviewIsInEnglishForAnEnglishReader() {
        stubDetail();

        HttpResponse<String> page = open("/lamaran/" + application, token, "en");

        assertThat(text(page.body(), "interview-when")).isEqualTo("Monday, 11 January 2027, 09.00 WIB (about 60 minutes)");
        assertThat(page.body()).contains("Interview invitation", "Save to calendar (.ics)");
    }

    @Test
    void theCalendarFileIsPassedOnAsAnAttachmentNeverCached() {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Asia/Jakarta:20270111T090000"
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + application + "/interview.ics")).willReturn(aResponse()
                .withHeader("Content-Type", "text/calendar; charset=UTF-8").withBody(ics)));

        HttpResponse<String> file = open("/lamaran/" + application + "/wawancara.ics", token);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(header(file, "Content-Type")).startsWith("text/calendar");
        assertThat(header(file, "Content-Disposition")).startsWith("attachment;")
                .contains("wawancara-" + application + ".ics");
        assertThat(header(file, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(file.body()).isEqualTo(ics);
    }

    @Test
    void withdrawingGoesBackToTheApplicationAndARefusalSaysWhy() {
        stubDetail();
        VACANCY.stubFor(post(urlEqualTo("/api/applications/" + application + "/withdraw"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));

        HttpResponse<String> answer = postForm("/lamaran/" + application + "/tarik", token, Map.of());
        VACANCY.stubFor(post(urlEqualTo("/api/applications/" + application + "/withdraw")).willReturn(problem(409,
                "illegal-transition", "Tidak dapat diubah", "Lamaran yang sudah diputuskan tidak dapat ditarik.")));
        HttpResponse<String> refused = postForm("/lamaran/" + application + "/tarik", token, Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/lamaran/" + application);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(text(refused.body(), "action-error")).isEqualTo("Lamaran yang sudah diputuskan tidak dapat ditarik.");
    }

    @Test
    void aVacancyServiceWithoutTheDetailStillShowsTheOwnApplicationFromTheList() {
        stubMine();
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + application)).willReturn(problem(404,
                "not-found", "Tidak ditemukan", "Tidak ditemukan.")));

        HttpResponse<String> page = open("/lamaran/" + application, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-status=\"WAWANCARA\"", "Operator Produksi", "3 Desember 2026");
        assertThat(tag(page.body(), "interview")).isNull();
        assertThat(tag(page.body(), "withdraw")).isNull();
    }

    @Test
    void someoneElsesApplicationIsNotFound() {
        stubMine();
        UUID guessed = UUID.randomUUID();
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + guessed)).willReturn(problem(404,
                "application-not-found", "Lamaran tidak ditemukan", "Lamaran tidak ditemukan.")));

        HttpResponse<String> page = open("/lamaran/" + guessed, token);
        HttpResponse<String> ics = open("/lamaran/" + guessed + "/wawancara.ics", token);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Lamaran tidak ditemukan").doesNotContain("Operator Produksi");
        assertThat(ics.statusCode()).isEqualTo(404);
    }

    @Test
    void vacancyServiceDownIsThe503Page() {
        VACANCY.stubFor(get(urlEqualTo("/api/applications/mine")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7")));

        HttpResponse<String> page = open("/lamaran", token);

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(header(page, "Retry-After")).isEqualTo("7");
        assertThat(page.body()).contains("Coba lagi dalam 7 detik.");
    }

    private void stubDetail() {
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + application)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(ApplicationFixtures.detail(application, vacancy))));
    }

    /** Staff took the vacancy down: vacancy-service closed the application with the reason TAKEN_DOWN. */
    private void stubMineTakenDown() {
        VACANCY.stubFor(get(urlEqualTo("/api/applications/mine")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        [{"applicationId":"%s","vacancyId":"%s","vacancyTitle":"Operator Gudang",
                          "companyName":"PT Calo Jaya","vacancyStatus":"CLOSED","status":"DITUTUP",
                          "reasonCode":"TAKEN_DOWN",
                          "submittedAt":"2026-12-01T03:00:00Z","updatedAt":"2026-12-04T04:00:00Z"}]
                        """.formatted(application, vacancy))));
    }

    private void stubMine() {
        VACANCY.stubFor(get(urlEqualTo("/api/applications/mine")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("""
                        [{"applicationId":"%s","vacancyId":"%s","vacancyTitle":"Operator Produksi",
                          "companyName":"PT Maju Jaya","vacancyStatus":"PUBLISHED","status":"WAWANCARA",
                          "submittedAt":"2026-12-01T03:00:00Z","updatedAt":"2026-12-03T04:00:00Z"},
                         {"applicationId":"%s","vacancyId":"%s","vacancyTitle":"Staf Gudang",
                          "companyName":"CV Sejahtera","vacancyStatus":"CLOSED","status":"DIKIRIM",
                          "submittedAt":"2026-11-20T03:00:00Z","updatedAt":"2026-11-20T03:00:00Z"}]
                        """.formatted(application, vacancy, UUID.randomUUID(), UUID.randomUUID()))));
    }

    private static ResponseDefinitionBuilder problem(int status, String code, String title, String detail) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"urn:infoloker:problem:%s","title":"%s","status":%d,"detail":"%s","code":"%s"}
                        """.formatted(code, title, status, detail, code));
    }
}
