package id.infoloker.vacancy.search;

import static id.infoloker.vacancy.VacancyApi.tag;
import static id.infoloker.vacancy.VacancyApi.vacancy;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.VacancyApi;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;

/**
 * Public reads (search, detail, the reference lists) say what a shared cache may do with them, through the kit's
 * {@code PublicReads}; answers to requests with a token or a cookie are never shared.
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class PublicReadsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection accounts;

    VacancyApi api;

    @BeforeEach
    void api() {
        api = new VacancyApi(port, accounts);
    }

    @Test
    void anonymousSearchDetailAndReferenceListsArePublicWithAnEtagAnd304OnAMatch() {
        UUID employer = api.verifiedEmployer("PT Cache");
        UUID id = api.published(employer, vacancy("Operator Cache " + tag(), "Shift pagi."));

        for (String path : new String[] {"/api/vacancies?q=operator", "/api/vacancies/" + id,
            "/api/vacancies/report-reasons", "/api/applications/rejection-reasons"}) {
            HttpHeaders headers = api.http().get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult().getResponseHeaders();
            assertThat(headers.getCacheControl()).as(path)
                    .contains("public").contains("s-maxage=30").contains("stale-while-revalidate=60")
                    .doesNotContain("no-store").doesNotContain("private");
            String etag = headers.getETag();
            assertThat(etag).as(path).isNotBlank();
            assertThat(headers.getFirst(HttpHeaders.PRAGMA)).isNull();

            api.http().get().uri(path).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                    .expectStatus().isNotModified()
                    .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                    .expectBody().isEmpty();
            api.http().get().uri(path).header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"").exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    void withATokenTheSameReadsArePrivateAndNotStored() {
        UUID employer = api.verifiedEmployer("PT Pribadi");
        UUID id = api.published(employer, vacancy("Gudang Pribadi " + tag(), "Shift malam."));

        for (String path : new String[] {"/api/vacancies?q=gudang", "/api/vacancies/" + id}) {
            HttpHeaders headers = api.http().get().uri(path).header(HttpHeaders.AUTHORIZATION,
                            VacancyApi.employer(employer)).exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult().getResponseHeaders();
            assertThat(headers.getCacheControl()).as(path).isEqualTo("private, no-store");
            assertThat(headers.getETag()).as(path).isNull();
        }
    }

    @Test
    void aCookieMakesTheSameReadsPrivateAndAnIfNoneMatchIsThenIgnored() {
        UUID employer = api.verifiedEmployer("PT Kue");
        UUID id = api.published(employer, vacancy("Kasir Kue " + tag(), "Shift siang."));
        String path = "/api/vacancies/" + id;
        String etag = api.http().get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders().getETag();

        HttpHeaders headers = api.http().get().uri(path).header(HttpHeaders.COOKIE, "lang=en")
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders();
        assertThat(headers.getCacheControl()).isEqualTo("private, no-store");
        assertThat(headers.getETag()).isNull();
    }

    @Test
    void personalListsAndProblemsAreNeverPublic() {
        UUID employer = api.verifiedEmployer("PT Sendiri");
        String own = api.http().get().uri("/api/vacancies/own").header(HttpHeaders.AUTHORIZATION,
                        VacancyApi.employer(employer)).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders().getCacheControl();
        assertThat(own).contains("no-store").doesNotContain("public");

        String missing = api.http().get().uri("/api/vacancies/" + UUID.randomUUID()).exchange()
                .expectStatus().isNotFound()
                .expectBody().returnResult().getResponseHeaders().getCacheControl();
        assertThat(missing).contains("no-store").doesNotContain("public");
    }
}
