package id.infoloker.web.applicants;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.ApplicationFixtures;
import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ApplicantPagesTest extends PortalTest {

    static final UUID COMPANY = UUID.fromString("2c4e6a8b-1d3f-4a5c-9e7b-0f2d4c6a8e1b");
    static final UUID APPLICATION = UUID.fromString("9b1e2d3c-4b5a-4968-8776-655443322112");
    static final UUID VACANCY_ID = UUID.fromString("7f1e2d3c-4b5a-4968-8776-655443322110");
    static final byte[] PDF = "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final String PROFILE = """
            {"applicationId":"%s","jobSeekerId":"11111111-2222-3333-4444-555555555555","fullName":"Siti Nurhaliza",
             "email":"siti@example.com","phone":"081234567890","kecamatanCode":"321503",
             "kecamatanName":"TELUKJAMBE TIMUR","education":"SMK",
             "careerProfile":{"skills":["Forklift","K3"],"experiences":[{"employer":"PT Astra","role":"Operator",
               "from":"2021-03","to":"2023-08"}],"major":"Teknik Mesin","desiredJob":"Operator produksi",
               "disability":null,"shareDisability":false},
             "cv":{"id":"0e7c1d5a-6a77-4b8e-b1f0-1a2b3c4d5e6f","type":"CV","format":"PDF",
               "mediaType":"application/pdf","sizeBytes":35840,"uploadedAt":"2026-11-30T03:15:00Z"},
             "cvPath":"/api/accounts/applicants/%s/cv"}""".formatted(APPLICATION, APPLICATION);

    private final String token = token(COMPANY, "EMPLOYER");

    @BeforeEach
    void anOpenApplicationToTheCompanysVacancy() {
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + APPLICATION)).willReturn(json(200,
                ApplicationFixtures.detail(APPLICATION, VACANCY_ID))));
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/applicants/" + APPLICATION)).willReturn(json(200, PROFILE)));
        VACANCY.stubFor(get(urlEqualTo("/api/applications/rejection-reasons")).willReturn(json(200, """
                [{"code":"POSITION_FILLED","labelId":"Posisi sudah terisi","labelEn":"The position is filled"},
                 {"code":"OTHER","labelId":"Alasan lain","labelEn":"Other reason"}]""")));
    }

    @Test
    void theApplicantsPageShowsTheProfileContactsCvAndTheMovesAllowed() {
        HttpResponse<String> page = open("/perusahaan/pelamar/" + APPLICATION, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("Siti Nurhaliza", "Teknik Mesin",
                "Operator, PT Astra (2021-03 – 2023-08)", "Posisi sudah terisi");
        // The kecamatan as the regency's list names it, not account-service's capitals.
        assertThat(page.body()).contains("<dd>Telukjambe Timur</dd>").doesNotContain("TELUKJAMBE");
        assertThat(text(page.body(), "applicant-skills")).isEqualTo("Forklift, K3");
        assertThat(attribute(tag(page.body(), "applicant-phone"), "href")).isEqualTo("tel:081234567890");
        assertThat(attribute(tag(page.body(), "open-cv"), "href"))
                .isEqualTo("/perusahaan/pelamar/" + APPLICATION + "/cv");
        assertThat(tag(page.body(), "move-DITERIMA")).isNotNull();
        assertThat(tag(page.body(), "move-DILIHAT")).isNull();
        assertThat(tag(page.body(), "send-invitation")).isNotNull();
        assertThat(text(page.body(), "interview-place")).startsWith("Kantor PT Maju Jaya");
        ACCOUNT.verify(getRequestedFor(urlEqualTo("/api/accounts/applicants/" + APPLICATION))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void theCvIsStreamedThroughAsAnAttachmentThatNoCacheKeeps() {
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/applicants/" + APPLICATION + "/cv")).willReturn(aResponse()
                .withHeader("Content-Type", "application/pdf").withHeader("Cache-Control", "no-store")
                .withBody(PDF)));

        HttpResponse<byte[]> cv = send(request("/perusahaan/pelamar/" + APPLICATION + "/cv", token, "id").GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(cv.statusCode()).isEqualTo(200);
        assertThat(cv.body()).isEqualTo(PDF);
        assertThat(header(cv, "Content-Type")).isEqualTo("application/pdf");
        assertThat(header(cv, "Content-Disposition")).startsWith("attachment;").contains("cv-" + APPLICATION + ".pdf");
        assertThat(header(cv, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(header(cv, "X-Content-Type-Options")).isEqualTo("nosniff");
        ACCOUNT.verify(getRequestedFor(urlEqualTo("/api/accounts/applicants/" + APPLICATION + "/cv"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void anotherCompanysOrAGuessedApplicationIsNotFoundPageOrCv() {
        UUID guessed = UUID.randomUUID();
        VACANCY.stubFor(get(urlEqualTo("/api/applications/" + guessed)).willReturn(json(404, """
                {"status":404,"code":"application-not-found","title":"Lamaran tidak ditemukan"}""")));
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/applicants/" + guessed + "/cv")).willReturn(json(404, """
                {"status":404,"code":"applicant-not-found","title":"Pelamar tidak ditemukan"}""")));

        HttpResponse<String> page = open("/perusahaan/pelamar/" + guessed, token);
        HttpResponse<String> cv = open("/perusahaan/pelamar/" + guessed + "/cv", token);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(cv.statusCode()).isEqualTo(404);
        assertThat(header(cv, "Content-Type")).startsWith("text/html");
        assertThat(page.body() + cv.body()).doesNotContain("Siti");
    }

    @Test
    void aJobSeekerCannotReachAnApplicantsPage() {
        HttpResponse<String> page = open("/perusahaan/pelamar/" + APPLICATION, jobSeekerToken(UUID.randomUUID()));

        assertThat(page.statusCode()).isEqualTo(403);
        ACCOUNT.verify(0, getRequestedFor(urlEqualTo("/api/accounts/applicants/" + APPLICATION)));
    }

    @Test
    void aDecidedApplicationShowsNoProfileAndSaysWhy() {
        ACCOUNT.stubFor(get(urlEqualTo("/api/accounts/applicants/" + APPLICATION)).willReturn(json(404, """
                {"status":404,"code":"applicant-not-found","title":"Pelamar tidak ditemukan"}""")));

        HttpResponse<String> page = open("/perusahaan/pelamar/" + APPLICATION, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(tag(page.body(), "profile-closed")).isNotNull();
        assertThat(tag(page.body(), "open-cv")).isNull();
    }

    @Test
    void anInvitationSendsOneLocalTimeInWibWithPlaceAndContact() {
        VACANCY.stubFor(post(urlEqualTo("/api/applications/" + APPLICATION + "/interview")).willReturn(json(200,
                ApplicationFixtures.detail(APPLICATION, VACANCY_ID))));

        HttpResponse<String> answer = postForm("/perusahaan/pelamar/" + APPLICATION + "/wawancara", token,
                invitation());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/perusahaan/pelamar/" + APPLICATION);
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/applications/" + APPLICATION + "/interview"))
                .withRequestBody(equalToJson("""
                        {"startsAt":"2027-01-11T09:00","durationMinutes":60,
                         "place":"Kantor PT Maju Jaya, Jl. Industri Selatan 5, KIIC","onlineLink":null,
                         "contactName":"Dewi Lestari","contactPhone":"0812-1111-2222",
                         "note":"Bawa fotokopi KTP dan ijazah."}""")));
    }

    @Test
    void anInvitationInThePastIsExplainedBesideTheDateWithWhatWasTyped() {
        VACANCY.stubFor(post(urlEqualTo("/api/applications/" + APPLICATION + "/interview")).willReturn(json(400, """
                {"status":400,"code":"interview-in-past","title":"Waktu wawancara sudah lewat",
                 "detail":"Waktu wawancara harus setelah sekarang.",
                 "errors":[{"field":"startsAt","code":"interview-in-past","message":"Waktu wawancara harus setelah sekarang."}]}""")));

        HttpResponse<String> answer = postForm("/perusahaan/pelamar/" + APPLICATION + "/wawancara", token,
                invitation());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "startsAt-error")).isEqualTo("Waktu wawancara harus setelah sekarang.");
        assertThat(attribute(tag(answer.body(), "contactName"), "value")).isEqualTo("Dewi Lestari");
    }

    @Test
    void aRejectionSendsTheReasonFromTheListAndARefusalIsShownAtTheForm() {
        VACANCY.stubFor(post(urlEqualTo("/api/applications/" + APPLICATION + "/reject")).willReturn(json(400, """
                {"status":400,"code":"rejection-note-required","title":"Catatan wajib",
                 "detail":"Tulis catatan bila alasannya lain.",
                 "errors":[{"field":"note","code":"rejection-note-required","message":"wajib diisi"}]}""")));

        HttpResponse<String> answer = postForm("/perusahaan/pelamar/" + APPLICATION + "/tolak", token,
                Map.of("reasonCode", "OTHER", "note", ""));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "rejection-error")).isEqualTo("Tulis catatan bila alasannya lain.");
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/applications/" + APPLICATION + "/reject"))
                .withRequestBody(equalToJson("{\"reasonCode\":\"OTHER\",\"note\":null}")));
    }

    @Test
    void aSimpleMoveGoesBackToTheApplicantAndAnUnknownMoveIsRefusedHere() {
        VACANCY.stubFor(post(urlEqualTo("/api/applications/" + APPLICATION + "/status")).willReturn(json(200,
                "{\"applicationId\":\"" + APPLICATION + "\",\"status\":\"DITERIMA\"}")));

        HttpResponse<String> hired = postForm("/perusahaan/pelamar/" + APPLICATION + "/status", token,
                Map.of("status", "DITERIMA"));
        HttpResponse<String> sneaky = postForm("/perusahaan/pelamar/" + APPLICATION + "/status", token,
                Map.of("status", "WAWANCARA"));

        assertThat(hired.statusCode()).isEqualTo(303);
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/applications/" + APPLICATION + "/status"))
                .withRequestBody(equalToJson("{\"status\":\"DITERIMA\"}")));
        assertThat(sneaky.statusCode()).isEqualTo(400);
        assertThat(header(sneaky, "Content-Type")).startsWith("text/html");
    }

    private static Map<String, String> invitation() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("date", "2027-01-11");
        form.put("time", "09:00");
        form.put("durationMinutes", "60");
        form.put("place", "Kantor PT Maju Jaya, Jl. Industri Selatan 5, KIIC");
        form.put("onlineLink", "");
        form.put("contactName", "Dewi Lestari");
        form.put("contactPhone", "0812-1111-2222");
        form.put("note", "Bawa fotokopi KTP dan ijazah.");
        return form;
    }
}
