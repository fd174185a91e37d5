package id.infoloker.web.ownvacancies;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every company page and action that names a vacancy or an application, with an id that is another company's or
 * simply guessed: the services answer 404 for both (they decide whose it is), and web shows its one 404 page in the
 * person's language, the same whether the id exists or not. Never a 5xx, never the other company's data.
 */
class AnotherCompanysIdsTest extends PortalTest {

    static final UUID COMPANY = UUID.fromString("3d5f7a9c-2e4a-4b6d-8f1a-1c3e5a7c9e2b");
    static final UUID ELSEWHERE = UUID.fromString("6b2e4d6f-8a1c-4e3b-9d5f-7a9c1e3b5d7f");

    private final String token = token(COMPANY, "EMPLOYER");

    @BeforeEach
    void theServicesKnowNoSuchVacancyOrApplicationForThisCompany() {
        // "Lowongan saya" lists only the company's own; the id is not among them.
        VACANCY.stubFor(get(urlEqualTo("/api/vacancies/own")).willReturn(json(200, "[]")));
        VACANCY.stubFor(any(urlPathMatching("/api/vacancies/" + ELSEWHERE + "(/.*)?")).willReturn(json(404, """
                {"status":404,"code":"vacancy-not-found","title":"Lowongan tidak ditemukan",
                 "detail":"Lowongan ini tidak ada atau bukan milik perusahaan Anda."}""")));
        VACANCY.stubFor(any(urlPathMatching("/api/applications/" + ELSEWHERE + "(/.*)?")).willReturn(json(404, """
                {"status":404,"code":"application-not-found","title":"Lamaran tidak ditemukan",
                 "detail":"Lamaran ini tidak ada."}""")));
        ACCOUNT.stubFor(any(urlPathMatching("/api/accounts/applicants/" + ELSEWHERE + "(/.*)?")).willReturn(json(404,
                """
                {"status":404,"code":"applicant-not-found","title":"Pelamar tidak ditemukan",
                 "detail":"Pelamar ini tidak ada."}""")));
    }

    static List<Arguments> companyPaths() {
        Map<String, String> vacancy = new LinkedHashMap<>();
        vacancy.put("title", "Operator Produksi");
        vacancy.put("description", "Shift pagi dan malam.");
        vacancy.put("requirements", "SMK semua jurusan");
        vacancy.put("minimumEducation", "SMK");
        vacancy.put("kecamatanCode", "321506");
        vacancy.put("employmentType", "PKWT");
        vacancy.put("salaryMin", "Rp 5.200.000");
        vacancy.put("salaryMax", "");
        vacancy.put("openings", "10");
        vacancy.put("closingDate", "2027-01-31");
        Map<String, String> invitation = new LinkedHashMap<>();
        invitation.put("date", "2027-01-11");
        invitation.put("time", "09:00");
        invitation.put("durationMinutes", "60");
        invitation.put("place", "Kantor, KIIC");
        invitation.put("onlineLink", "");
        invitation.put("contactName", "Dewi Lestari");
        invitation.put("contactPhone", "0812-1111-2222");
        invitation.put("note", "");
        String ownVacancy = "/perusahaan/lowongan/" + ELSEWHERE;
        String applicant = "/perusahaan/pelamar/" + ELSEWHERE;
        return List.of(
                Arguments.of("GET", ownVacancy, null),
                Arguments.of("GET", ownVacancy + "/ubah", null),
                Arguments.of("POST", ownVacancy + "/ubah", vacancy),
                Arguments.of("POST", ownVacancy + "/tayangkan", Map.of()),
                Arguments.of("POST", ownVacancy + "/perpanjang", Map.of("validThrough", "2027-03-01")),
                Arguments.of("POST", ownVacancy + "/tutup", Map.of()),
                Arguments.of("GET", applicant, null),
                Arguments.of("GET", applicant + "/cv", null),
                Arguments.of("POST", applicant + "/status", Map.of("status", "DILIHAT")),
                Arguments.of("POST", applicant + "/wawancara", invitation),
                Arguments.of("POST", applicant + "/tolak", Map.of("reasonCode", "POSITION_FILLED", "note", "")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("companyPaths")
    void anotherCompanysOrAGuessedIdIsTheNotFoundPageInThePersonsLanguage(String method, String path,
                                                                          Map<String, String> form) {
        HttpResponse<String> indonesian = "GET".equals(method) ? open(path, token, "id")
                : postForm(path, token, form, "id");
        HttpResponse<String> english = "GET".equals(method) ? open(path, token, "en")
                : postForm(path, token, form, "en");

        assertThat(indonesian.statusCode()).as(method + " " + path).isEqualTo(404);
        assertThat(header(indonesian, "Content-Type")).startsWith("text/html");
        assertThat(header(indonesian, "Cache-Control")).contains("no-store");
        assertThat(indonesian.body()).contains("Halaman tidak ditemukan").doesNotContain("Exception");
        assertThat(english.statusCode()).isEqualTo(404);
        assertThat(english.body()).contains("Page not found");
    }
}
