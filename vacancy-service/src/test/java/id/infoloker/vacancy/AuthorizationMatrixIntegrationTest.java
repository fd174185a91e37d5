package id.infoloker.vacancy;

import static id.infoloker.vacancy.VacancyApi.vacancy;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Every endpoint against every kind of caller: anonymous (401), wrong role (403), unverified (403), someone else's
 * vacancy or application (404, never 403, so its existence is not revealed), the owner (2xx).
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class AuthorizationMatrixIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection accounts;

    @Test
    void everyEndpointAgainstEveryCaller() {
        VacancyApi api = new VacancyApi(port, accounts);
        UUID owner = api.verifiedEmployer("PT Pemilik Matriks");
        UUID otherEmployer = api.verifiedEmployer("PT Pesaing Matriks");
        UUID seeker = api.verifiedJobSeeker("Pencari Matriks");
        UUID unverifiedSeeker = UUID.randomUUID();
        UUID vacancy = api.published(owner, vacancy("Operator Matriks", "Untuk matriks otorisasi."));
        UUID toClose = api.published(owner, vacancy("Operator Matriks", "Akan ditutup."));
        UUID draft = api.draft(owner, vacancy("Draf Matriks", "Belum terbit."));
        UUID application = api.applied(seeker, vacancy);
        UUID withdrawable = api.applied(seeker, api.published(owner, vacancy("Staf Matriks", "Untuk ditarik.")));
        UUID guessed = UUID.randomUUID();
        String interview = new tools.jackson.databind.json.JsonMapper().writeValueAsString(VacancyApi.interview());

        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("jobSeeker", token(seeker, "JOB_SEEKER"));
        callers.put("unverifiedJobSeeker", token(unverifiedSeeker, "JOB_SEEKER"));
        callers.put("owner", token(owner, "EMPLOYER"));
        callers.put("otherEmployer", token(otherEmployer, "EMPLOYER"));
        callers.put("verifier", token(UUID.randomUUID(), "VERIFIER"));
        callers.put("admin", token(UUID.randomUUID(), "ADMIN"));

        String body = "{\"title\":\"Operator\",\"description\":\"Shift\",\"requirements\":\"SMA\","
                + "\"minimumEducation\":\"SMA\",\"kecamatanCode\":\"321501\",\"employmentType\":\"PKWT\","
                + "\"openings\":1,\"closingDate\":\"" + VacancyApi.today().plusDays(30) + "\"}";
        // caller order: anonymous, jobSeeker, unverifiedJobSeeker, owner, otherEmployer, verifier, admin
        Row[] rows = {
            new Row(HttpMethod.GET, "/api/vacancies", null, 200, 200, 200, 200, 200, 200, 200),
            new Row(HttpMethod.GET, "/api/vacancies/" + vacancy, null, 200, 200, 200, 200, 200, 200, 200),
            new Row(HttpMethod.GET, "/api/vacancies/" + draft, null, 404, 404, 404, 404, 404, 404, 404),
            new Row(HttpMethod.POST, "/api/vacancies", body, 401, 403, 403, 201, 201, 403, 403),
            new Row(HttpMethod.PUT, "/api/vacancies/" + draft, body, 401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/vacancies/own", null, 401, 403, 403, 200, 200, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + draft + "/publish", null, 401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + toClose + "/close", null, 401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/vacancies/review-queue", null, 401, 403, 403, 403, 403, 403, 200),
            new Row(HttpMethod.POST, "/api/vacancies/" + vacancy + "/review", "{\"decision\":\"RELEASE\"}",
                    401, 403, 403, 403, 403, 403, 409),
            new Row(HttpMethod.GET, "/api/vacancies/" + vacancy + "/applications", null,
                    401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + vacancy + "/applications", null,
                    401, 409, 403, 403, 403, 403, 403),
            new Row(HttpMethod.GET, "/api/applications/mine", null, 401, 200, 200, 403, 403, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + application + "/status", "{\"status\":\"DILIHAT\"}",
                    401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/applications/rejection-reasons", null, 200, 200, 200, 200, 200, 200, 200),
            new Row(HttpMethod.GET, "/api/vacancies/report-reasons", null, 200, 200, 200, 200, 200, 200, 200),
            new Row(HttpMethod.GET, "/api/applications/" + application, null, 401, 200, 404, 200, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/applications/" + application + "/interview.ics", null,
                    401, 404, 404, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + application + "/interview", interview,
                    401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/applications/" + application + "/interview.ics", null,
                    401, 200, 404, 200, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + application + "/reject",
                    "{\"reasonCode\":\"POSITION_FILLED\"}", 401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + withdrawable + "/withdraw", null,
                    401, 200, 404, 403, 403, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + vacancy + "/extend",
                    "{\"validThrough\":\"" + VacancyApi.today().plusDays(60) + "\"}", 401, 403, 403, 200, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/moderation/reports", null, 401, 403, 403, 403, 403, 403, 200),
            new Row(HttpMethod.GET, "/api/moderation/employers/" + owner, null, 401, 403, 403, 403, 403, 403, 200),
            // Guessed ids: the same 404 as another company's, for every path that names a vacancy or application.
            new Row(HttpMethod.GET, "/api/vacancies/" + guessed, null, 404, 404, 404, 404, 404, 404, 404),
            new Row(HttpMethod.PUT, "/api/vacancies/" + guessed, body, 401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + guessed + "/publish", null, 401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + guessed + "/close", null, 401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + guessed + "/extend",
                    "{\"validThrough\":\"" + VacancyApi.today().plusDays(60) + "\"}", 401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/vacancies/" + guessed + "/applications", null,
                    401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/vacancies/" + guessed + "/applications", null,
                    401, 404, 403, 403, 403, 403, 403),
            new Row(HttpMethod.GET, "/api/applications/" + guessed, null, 401, 404, 404, 404, 404, 403, 403),
            new Row(HttpMethod.GET, "/api/applications/" + guessed + "/interview.ics", null,
                    401, 404, 404, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + guessed + "/status", "{\"status\":\"DILIHAT\"}",
                    401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + guessed + "/interview", interview,
                    401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + guessed + "/reject",
                    "{\"reasonCode\":\"POSITION_FILLED\"}", 401, 403, 403, 404, 404, 403, 403),
            new Row(HttpMethod.POST, "/api/applications/" + guessed + "/withdraw", null,
                    401, 404, 404, 403, 403, 403, 403),
        };

        SoftAssertions softly = new SoftAssertions();
        WebTestClient http = api.http();
        for (Row row : rows) {
            int column = 0;
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                int expected = row.expected()[column++];
                WebTestClient.RequestBodySpec request = http.method(row.method()).uri(row.path());
                if (caller.getValue() != null) {
                    request.header("Authorization", caller.getValue());
                }
                WebTestClient.RequestHeadersSpec<?> ready = row.body() == null ? request
                        : request.contentType(MediaType.APPLICATION_JSON).bodyValue(row.body());
                int actual = ready.exchange().returnResult(String.class).getStatus().value();
                softly.assertThat(actual).as("%s %s as %s", row.method(), row.path(), caller.getKey())
                        .isEqualTo(expected);
            }
        }
        // "Lowongan saya" of another company is its own list: none of the owner's vacancies, drafts or counts.
        String rivalsOwn = http.get().uri("/api/vacancies/own").header("Authorization", callers.get("otherEmployer"))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        softly.assertThat(rivalsOwn).as("another company's own vacancies")
                .doesNotContain(vacancy.toString(), draft.toString(), toClose.toString());
        softly.assertAll();
    }

    private static String token(UUID id, String role) {
        return "Bearer " + TestTokens.forAccount(id, role);
    }

    record Row(HttpMethod method, String path, String body, int... expected) {
    }
}
