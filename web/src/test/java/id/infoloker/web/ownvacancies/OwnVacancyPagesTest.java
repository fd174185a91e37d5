package id.infoloker.web.ownvacancies;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static id.infoloker.web.signin.FormHtml.attribute;
import static id.infoloker.web.signin.FormHtml.hasLabel;
import static id.infoloker.web.signin.FormHtml.tag;
import static id.infoloker.web.signin.FormHtml.text;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OwnVacancyPagesTest extends PortalTest {

    static final UUID COMPANY = UUID.fromString("2c4e6a8b-1d3f-4a5c-9e7b-0f2d4c6a8e1b");
    static final UUID PUBLISHED = UUID.fromString("7f1e2d3c-4b5a-4968-8776-655443322110");
    static final UUID DRAFT = UUID.fromString("8a1e2d3c-4b5a-4968-8776-655443322111");
    static final UUID APPLICATION = UUID.fromString("9b1e2d3c-4b5a-4968-8776-655443322112");

    static String vacancy(UUID id, String status, String extra) {
        return """
                {"id":"%s","companyName":"PT Sinar Karawang Abadi","title":"Operator Produksi",
                 "description":"Shift pagi dan malam. Gaji Rp 5.200.000.","requirements":"SMK semua jurusan",
                 "minimumEducation":"SMK","kecamatanCode":"321506","employmentType":"PKWT","salaryMin":5200000,
                 "salaryMax":5600000,"openings":10,"closingDate":"2027-01-31","howToApply":"PLATFORM",
                 "status":"%s","matchedPhrases":[],"screeningEvidence":[],
                 "applications":{"total":3,"open":2,"byStatus":{"DIKIRIM":1,"WAWANCARA":1,"DITOLAK":1}}%s}"""
                .formatted(id, status, extra);
    }

    private final String token = token(COMPANY, "EMPLOYER");

    @BeforeEach
    void ownVacancies() {
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/own")).willReturn(json(200,
                "[" + vacancy(PUBLISHED, "PUBLISHED", "") + "," + vacancy(DRAFT, "DRAFT", "") + "]")));
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/" + PUBLISHED + "/applications")).willReturn(json(200, """
                [{"applicationId":"%s","jobSeekerId":"11111111-2222-3333-4444-555555555555",
                  "displayName":"Siti Nurhaliza","kecamatanCode":"321506","status":"DIKIRIM",
                  "submittedAt":"2026-12-01T03:00:00Z","updatedAt":"2026-12-01T03:00:00Z"}]""".formatted(APPLICATION))));
    }

    @Test
    void myVacanciesListsEachWithItsStatusAndApplicationCounts() {
        HttpResponse<String> page = open("/perusahaan/lowongan", token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(page.body()).contains("Lowongan saya", "Tayang", "Draf", "3 pelamar, 2 belum diputuskan",
                "href=\"/perusahaan/lowongan/" + PUBLISHED + "\"", "href=\"/perusahaan/lowongan/baru\"");
    }

    @Test
    void aJobSeekerCannotOpenACompanysPagesAndIsToldWhichPagesAreTheirs() {
        HttpResponse<String> page = open("/perusahaan/lowongan", jobSeekerToken(UUID.randomUUID()));
        HttpResponse<String> english = open("/perusahaan/lowongan", jobSeekerToken(UUID.randomUUID()), "en");

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
        assertThat(text(page.body(), "error-text")).startsWith("Halaman ini untuk akun perusahaan.")
                .contains("Lamaran saya");
        assertThat(text(english.body(), "error-text")).startsWith("This page is for company accounts.");
        VACANCY.verify(0, getRequestedFor(urlEqualTo("/api/vacancies/own")));
    }

    @Test
    void aCompanyCannotOpenAJobSeekersPagesAndIsSentToItsVacancies() {
        for (String path : List.of("/lamaran", "/lamaran/" + APPLICATION, "/profil")) {
            HttpResponse<String> page = open(path, token);

            assertThat(page.statusCode()).as(path).isEqualTo(403);
            assertThat(text(page.body(), "error-text")).as(path).startsWith("Halaman ini untuk pencari kerja.")
                    .contains("Lowongan saya");
        }
        HttpResponse<String> applying = postForm("/lowongan/" + PUBLISHED + "/lamar", token, Map.of());
        assertThat(applying.statusCode()).isEqualTo(403);
        VACANCY.verify(0, postRequestedFor(urlEqualTo("/api/vacancies/" + PUBLISHED + "/applications")));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenKeepsTheReloadAdviceNotTheAccountTypeOne() {
        HttpResponse<String> answer = send(request("/perusahaan/lowongan/" + PUBLISHED + "/tutup", token, "id")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1")).build());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(text(answer.body(), "error-text")).contains("muat ulang");
    }

    @Test
    void anAnonymousVisitorIsSentToSignInAndBack() {
        HttpResponse<String> page = open("/perusahaan/lowongan");

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(header(page, "Location")).isEqualTo("/masuk?next=%2Fperusahaan%2Flowongan");
    }

    @Test
    void theNewVacancyFormHasALabelForEveryField() {
        HttpResponse<String> page = open("/perusahaan/lowongan/baru", token);

        for (String field : OwnVacancyPages.FIELDS) {
            assertThat(tag(page.body(), field)).as(field).isNotNull();
            assertThat(hasLabel(page.body(), field)).as(field).isTrue();
        }
        assertThat(attribute(tag(page.body(), "salaryMin"), "required")).isNull();
        assertThat(attribute(tag(page.body(), "title"), "required")).isNotNull();
    }

    @Test
    void aNewVacancyIsSavedAsADraftWithAmountsAsNumbersAndOpensItsPage() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies")).willReturn(json(201, vacancy(DRAFT, "DRAFT", ""))));

        HttpResponse<String> answer = postForm("/perusahaan/lowongan", token, typed());

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "Location")).isEqualTo("/perusahaan/lowongan/" + DRAFT);
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/vacancies"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalToJson("""
                        {"title":"Operator Produksi","description":"Shift pagi dan malam.",
                         "requirements":"SMK semua jurusan","minimumEducation":"SMK","kecamatanCode":"321506",
                         "employmentType":"PKWT","salaryMin":5200000,"salaryMax":null,"openings":10,
                         "closingDate":"2027-01-31"}""")));
    }

    @Test
    void aRefusedVacancyComesBackWithTheReasonBesideTheField() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies")).willReturn(json(400, """
                {"type":"urn:infoloker:problem:invalid-input","title":"Data tidak valid","status":400,
                 "detail":"Periksa kembali isian berikut: closingDate.","code":"invalid-input",
                 "errors":[{"field":"closingDate","code":"FutureOrPresent","message":"tidak boleh di masa lalu"}]}""")));

        HttpResponse<String> answer = postForm("/perusahaan/lowongan", token, typed());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(text(answer.body(), "closingDate-error")).isEqualTo("tidak boleh di masa lalu");
        assertThat(attribute(tag(answer.body(), "title"), "value")).isEqualTo("Operator Produksi");
    }

    @Test
    void theVacancysPageShowsItsApplicantsAndTheActionsItsStatusAllows() {
        HttpResponse<String> page = open("/perusahaan/lowongan/" + PUBLISHED, token);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Siti Nurhaliza", "href=\"/perusahaan/pelamar/" + APPLICATION + "\"");
        assertThat(tag(page.body(), "close")).isNotNull();
        assertThat(tag(page.body(), "extend")).isNotNull();
        assertThat(tag(page.body(), "publish")).isNull();
    }

    @Test
    void anotherCompanysVacancyIsNotFound() {
        HttpResponse<String> page = open("/perusahaan/lowongan/" + UUID.randomUUID(), token);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(header(page, "Content-Type")).startsWith("text/html");
    }

    @Test
    void anEditHeldByTheScreeningSaysItIsUnderReviewWithTheSentenceToFix() {
        String held = vacancy(PUBLISHED, "NEEDS_REVIEW", "").replace("\"screeningEvidence\":[]",
                "\"screeningEvidence\":[{\"rule\":\"money-request/deposit\",\"matchedText\":\"u4ng j4minan 1 juta\","
                        + "\"phrase\":\"uang jaminan\"}]");
        VACANCY.stubFor(put(urlEqualTo("/api/vacancies/" + PUBLISHED)).willReturn(json(200, held)));

        HttpResponse<String> answer = postForm("/perusahaan/lowongan/" + PUBLISHED + "/ubah", token, typed());
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/own")).willReturn(json(200, "[" + held + "]")));
        HttpResponse<String> page = open(header(answer, "Location"), token);

        assertThat(answer.statusCode()).isEqualTo(303);
        VACANCY.verify(putRequestedFor(urlEqualTo("/api/vacancies/" + PUBLISHED)));
        assertThat(page.body()).contains("Sedang ditinjau", "u4ng j4minan 1 juta", "permintaan uang");
    }

    @Test
    void extendingSendsTheNewDateAndARefusalIsShownOnTheVacancysPage() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + PUBLISHED + "/extend")).willReturn(json(409, """
                {"title":"Tanggal tidak valid","status":409,"code":"invalid-extension",
                 "detail":"Batas lamaran baru harus setelah batas yang sekarang."}""")));

        HttpResponse<String> answer = postForm("/perusahaan/lowongan/" + PUBLISHED + "/perpanjang", token,
                Map.of("validThrough", "2027-01-15"));

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(text(answer.body(), "action-error")).isEqualTo("Batas lamaran baru harus setelah batas yang sekarang.");
        VACANCY.verify(postRequestedFor(urlEqualTo("/api/vacancies/" + PUBLISHED + "/extend"))
                .withRequestBody(equalToJson("{\"validThrough\":\"2027-01-15\"}")));
    }

    @Test
    void publishingAndClosingGoBackToTheVacancy() {
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + DRAFT + "/publish"))
                .willReturn(json(200, vacancy(DRAFT, "PUBLISHED", ""))));
        VACANCY.stubFor(post(urlEqualTo("/api/vacancies/" + PUBLISHED + "/close"))
                .willReturn(json(200, vacancy(PUBLISHED, "CLOSED", ""))));

        HttpResponse<String> published = postForm("/perusahaan/lowongan/" + DRAFT + "/tayangkan", token, Map.of());
        HttpResponse<String> closed = postForm("/perusahaan/lowongan/" + PUBLISHED + "/tutup", token, Map.of());

        assertThat(header(published, "Location")).isEqualTo("/perusahaan/lowongan/" + DRAFT);
        assertThat(header(closed, "Location")).isEqualTo("/perusahaan/lowongan/" + PUBLISHED);
    }

    @Test
    void theHomePageTellsASignedInCompanyWhereItsVacanciesAre() {
        VACANCY.stubFor(get(urlPathEqualTo("/api/vacancies")).willReturn(json(200,
                "{\"items\":[],\"nextCursor\":null,\"order\":\"NEWEST\"}")));

        HttpResponse<String> company = open("/", token);
        HttpResponse<String> person = open("/", jobSeekerToken(UUID.randomUUID()));

        assertThat(text(company.body(), "employer-next")).contains("Anda masuk sebagai perusahaan", "Lowongan saya");
        assertThat(tag(person.body(), "employer-next")).isNull();
    }

    static Map<String, String> typed() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Operator Produksi");
        form.put("description", "Shift pagi dan malam.");
        form.put("requirements", "SMK semua jurusan");
        form.put("minimumEducation", "SMK");
        form.put("kecamatanCode", "321506");
        form.put("employmentType", "PKWT");
        form.put("salaryMin", "Rp 5.200.000");
        form.put("salaryMax", "");
        form.put("openings", "10");
        form.put("closingDate", "2027-01-31");
        return form;
    }
}
