package id.infoloker.web.applications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
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
    void oneApplicationShowsItsStatusHistoryAndTheVacancy() {
        stubMine();

        HttpResponse<String> page = open("/lamaran/" + application, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"application-status\"", "data-status=\"WAWANCARA\"", "Wawancara",
                "id=\"application-history\"", "Dikirim 1 Desember 2026", "Wawancara sejak 3 Desember 2026",
                "href=\"/lowongan/" + vacancy + "\"");
    }

    @Test
    void someoneElsesApplicationIsNotFound() {
        stubMine();

        HttpResponse<String> page = open("/lamaran/" + UUID.randomUUID(), token);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("Lamaran tidak ditemukan").doesNotContain("Operator Produksi");
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
