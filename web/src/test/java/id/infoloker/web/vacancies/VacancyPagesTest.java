package id.infoloker.web.vacancies;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VacancyPagesTest extends PortalTest {

    static final UUID VACANCY = UUID.fromString("7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b");

    static final String SEARCH_PAGE = """
            {"items":[{"id":"%s","title":"Operator Produksi","companyName":"PT Maju Jaya","kecamatanCode":"321501",
            "kecamatanName":"KARAWANG BARAT","employmentType":"PKWT","minimumEducation":"SMK","salaryMin":4500000,
            "salaryMax":5200000,"closingDate":"2026-12-31","publishedAt":"2026-12-01T03:00:00Z"}],
            "nextCursor":"bmV4dA","order":"NEWEST"}
            """.formatted(VACANCY);

    static final String DETAIL = """
            {"id":"%s","companyName":"PT Maju Jaya","title":"Operator Produksi </script><script>alert(1)</script>",
            "description":"Mengoperasikan mesin produksi.","requirements":"Lulusan SMK, sehat jasmani.",
            "minimumEducation":"SMK","kecamatanCode":"321501","kecamatanName":"KARAWANG BARAT",
            "employmentType":"PKWT","salaryMin":4500000,"salaryMax":5200000,"openings":5,"closingDate":"2026-12-31",
            "howToApply":"Lamar lewat Infoloker.","status":"PUBLISHED","publishedAt":"2026-12-01T03:00:00Z",
            "transparency":{"applicants":12,"inProcess":3,"hired":1,
            "hiresByKecamatan":[{"kecamatanCode":"321501","kecamatanName":"KARAWANG BARAT","hired":1}]}}
            """.formatted(VACANCY);

    private void stubSearch() {
        VACANCY_SERVICE().stubFor(get(urlPathEqualTo("/api/vacancies")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(SEARCH_PAGE)));
    }

    private void stubDetail() {
        VACANCY_SERVICE().stubFor(get(urlEqualTo("/api/vacancies/" + VACANCY)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(DETAIL)));
    }

    /** The vacancy id constant above hides the base class's server of the same name. */
    private static WireMockServer VACANCY_SERVICE() {
        return PortalTest.VACANCY;
    }

    @Test
    void anAnonymousVisitorSeesTheNewestVacanciesOnACacheablePage() {
        stubSearch();

        HttpResponse<String> home = open("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Operator Produksi").contains("PT Maju Jaya").contains("Rp4.500.000")
                .contains("href=\"/lowongan/" + VACANCY + "\"").contains("lang=\"id\"")
                .contains("Lowongan berikutnya").contains("cursor=bmV4dA");
        assertThat(header(home, "Cache-Control")).startsWith("public").contains("s-maxage=60")
                .contains("stale-while-revalidate=300");
        assertThat(header(home, "Vary")).contains("Accept-Language");
        assertThat(header(home, "ETag")).isNotBlank();
        assertThat(header(home, "Set-Cookie")).isNull();
        assertThat(header(home, "Content-Security-Policy")).contains("script-src 'self'").doesNotContain("unsafe");
    }

    @Test
    void theSameAnonymousPageAskedWithItsEtagAnswers304() {
        stubSearch();
        String etag = header(open("/"), "ETag");

        HttpResponse<String> again = send(request("/", null, "id").header("If-None-Match", etag).GET().build());

        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aSignedInPersonsPageIsNeverStoredByASharedCache() {
        stubSearch();

        HttpResponse<String> home = open("/", jobSeekerToken(UUID.randomUUID()));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(header(home, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(header(home, "ETag")).isNull();
        assertThat(home.body()).contains("Keluar").contains("Lamaran saya");
    }

    @Test
    void theSearchFiltersReachVacancyServiceEncodedAsTyped() {
        stubSearch();

        HttpResponse<String> page = open("/?q=operator%20%7Bx%7D%26y&kecamatan=321501&education=SMK"
                + "&employmentType=PKWT&minSalary=4000000");

        assertThat(page.statusCode()).isEqualTo(200);
        VACANCY_SERVICE().verify(getRequestedFor(urlPathEqualTo("/api/vacancies"))
                .withQueryParam("q", equalTo("operator {x}&y"))
                .withQueryParam("kecamatan", equalTo("321501"))
                .withQueryParam("education", equalTo("SMK"))
                .withQueryParam("employmentType", equalTo("PKWT"))
                .withQueryParam("minSalary", equalTo("4000000")));
        assertThat(page.body()).contains("value=\"operator {x}&amp;y\"");
    }

    @Test
    void aFilterTheServiceRefusesShowsItsRuleBesideTheFieldAndIsNotCached() {
        VACANCY_SERVICE().stubFor(get(urlPathEqualTo("/api/vacancies")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("""
                        {"type":"about:blank","title":"Permintaan tidak valid","status":400,
                        "detail":"Kecamatan tidak dikenal.","code":"unknown-kecamatan",
                        "errors":[{"field":"kecamatan","code":"unknown-kecamatan","message":"Kecamatan tidak dikenal."}]}
                        """)));

        HttpResponse<String> page = open("/?kecamatan=999999");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Kecamatan tidak dikenal.").contains("has-error");
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void theDetailPageHasEverythingToDecideAndJobPostingJsonLdThatCannotBreakOut() {
        stubDetail();

        HttpResponse<String> page = open("/lowongan/" + VACANCY);

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("PT Maju Jaya").contains("Rp4.500.000 – Rp5.200.000").contains("31 Desember 2026")
                .contains("Lulusan SMK, sehat jasmani.").contains("Keterbukaan rekrutmen")
                .contains("<link rel=\"canonical\" href=\"https://infoloker.example.go.id/lowongan/" + VACANCY)
                .contains("href=\"/masuk?next=/lowongan/" + VACANCY);
        String jsonLd = html.substring(html.indexOf("application/ld+json"));
        jsonLd = jsonLd.substring(jsonLd.indexOf('>') + 1, jsonLd.indexOf("</script>"));
        assertThat(jsonLd).contains("\"@type\":\"JobPosting\"").contains("\"datePosted\":\"2026-12-01\"")
                .contains("\"validThrough\":\"2026-12-31T23:59:59+07:00\"")
                .contains("\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"PT Maju Jaya\"}")
                .contains("\"currency\":\"IDR\"").contains("\"minValue\":4500000")
                .contains("\"employmentType\":[\"FULL_TIME\",\"TEMPORARY\"]")
                .contains("\"addressCountry\":\"ID\"")
                .contains("<\\/script><script>alert(1)<\\/script>");
        assertThat(html).doesNotContain("<script>alert(1)</script>");
        assertThat(header(page, "Cache-Control")).startsWith("public");
    }

    @Test
    void theDetailPageSpeaksEnglishWhenAskedAndRemembersIt() {
        stubDetail();

        HttpResponse<String> page = open("/lowongan/" + VACANCY + "?lang=en");

        assertThat(page.body()).contains("lang=\"en\"").contains("Apply").contains("31 December 2026")
                .contains("Open hiring");
        assertThat(header(page, "Set-Cookie")).startsWith("lang=en");
        assertThat(header(page, "Cache-Control")).isEqualTo("private, no-store");
        assertThat(open("/lowongan/" + VACANCY, null, "en").body()).contains("Apply");
    }

    @Test
    void anUnknownVacancyIsTheHtml404PageInThePersonsLanguage() {
        VACANCY_SERVICE().stubFor(get(urlEqualTo("/api/vacancies/" + VACANCY)).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not found\",\"status\":404,\"code\":\"vacancy-not-found\","
                        + "\"detail\":\"Lowongan tidak ditemukan.\"}")));

        HttpResponse<String> page = open("/lowongan/" + VACANCY);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("Halaman tidak ditemukan").contains("Lowongan tidak ditemukan.");
    }

    @Test
    void pathsNobodyServesAndMalformedIdsAreHtmlPagesNotStackTraces() {
        HttpResponse<String> missing = open("/tidak-ada", null, "en");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").doesNotContain("Exception");

        HttpResponse<String> malformed = open("/lowongan/bukan-uuid");
        assertThat(malformed.statusCode()).isBetween(400, 404);
        assertThat(malformed.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(malformed.body()).doesNotContain("Exception").doesNotContain("at id.infoloker");
    }

    @Test
    void vacancyServiceDownIsThe503PageWithRetryAfter() {
        VACANCY_SERVICE().stubFor(get(urlPathEqualTo("/api/vacancies")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HttpResponse<String> page = open("/");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(header(page, "Retry-After")).isEqualTo("5");
        assertThat(page.body()).contains("Layanan sedang sibuk").contains("Coba lagi dalam 5 detik")
                .doesNotContain("Exception");
    }

    @Test
    void aServerErrorOfTheServiceIsAlsoThe503Page() {
        VACANCY_SERVICE().stubFor(get(urlPathEqualTo("/api/vacancies")).willReturn(aResponse().withStatus(503)
                .withHeader("Retry-After", "7")));

        HttpResponse<String> page = open("/");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(header(page, "Retry-After")).isEqualTo("7");
    }

    @Test
    void theSitemapListsEveryOpenVacancyAndRobotsPointsToIt() {
        VACANCY_SERVICE().stubFor(get(urlPathEqualTo("/api/vacancies")).withQueryParam("cursor", equalTo("bmV4dA"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"nextCursor\":null,\"order\":\"NEWEST\"}")));
        VACANCY_SERVICE().stubFor(get(urlPathEqualTo("/api/vacancies")).atPriority(10).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(SEARCH_PAGE)));

        HttpResponse<String> sitemap = open("/sitemap.xml");

        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<loc>https://infoloker.example.go.id/lowongan/" + VACANCY + "</loc>")
                .contains("<lastmod>2026-12-01</lastmod>");
        assertThat(header(sitemap, "Cache-Control")).startsWith("public");
        HttpResponse<String> robots = open("/robots.txt");
        assertThat(robots.body()).contains("Sitemap: https://infoloker.example.go.id/sitemap.xml")
                .contains("Disallow: /status");
    }

    @Test
    void assetsAreFingerprintedAndCachedForAYear() {
        stubSearch();
        String html = open("/").body();
        String css = html.replaceAll("(?s).*href=\"(/css/portal-[0-9a-f]+\\.css)\".*", "$1");
        assertThat(css).startsWith("/css/portal-");

        HttpResponse<String> stylesheet = send(request(css, null, "id").header("Accept-Encoding", "gzip")
                .GET().build());

        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(header(stylesheet, "Cache-Control")).contains("max-age=31536000").contains("public");
    }
}
