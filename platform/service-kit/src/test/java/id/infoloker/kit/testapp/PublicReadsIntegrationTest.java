package id.infoloker.kit.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What a shared cache may do with a service's public reads, and that nothing said with credentials is shared. */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class PublicReadsIntegrationTest {

    static final String KECAMATAN = "/api/test/public/kecamatan";

    @LocalServerPort
    int port;

    @Test
    void anAnonymousReadIsSharedBrieflyWithAStrongEtagAndAMatchingIfNoneMatchIsA304WithoutBody() {
        HttpHeaders headers = http().get().uri(KECAMATAN).exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders();
        assertThat(headers.getCacheControl()).isEqualTo("public, s-maxage=30, stale-while-revalidate=60");
        assertThat(headers.getFirst(HttpHeaders.PRAGMA)).isNull();
        String etag = headers.getETag();
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");

        http().get().uri(KECAMATAN).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals(HttpHeaders.ETAG, etag)
                .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, s-maxage=30, stale-while-revalidate=60")
                .expectBody().isEmpty();
        http().get().uri(KECAMATAN).header(HttpHeaders.IF_NONE_MATCH, "\"another\"").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$[0]").isEqualTo("Karawang Barat");
    }

    @Test
    void withATokenOrAnyCookieTheSameReadIsPrivateUntaggedAndNeverA304() {
        String etag = http().get().uri(KECAMATAN).exchange()
                .expectBody().returnResult().getResponseHeaders().getETag();
        String token = TestTokens.forAccount(UUID.randomUUID(), "JOB_SEEKER");

        for (String[] credential : new String[][] {
            {HttpHeaders.AUTHORIZATION, "Bearer " + token}, {HttpHeaders.COOKIE, "lang=en"}}) {
            HttpHeaders headers = http().get().uri(KECAMATAN).header(credential[0], credential[1])
                    .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                    .expectStatus().isOk()
                    .expectBody().returnResult().getResponseHeaders();
            assertThat(headers.getCacheControl()).as(credential[0]).isEqualTo("private, no-store");
            assertThat(headers.getETag()).as(credential[0]).isNull();
        }
    }

    @Test
    void aReadInTheReadersLanguageVariesByAcceptLanguageWithOneEtagPerLanguage() {
        HttpHeaders indonesian = http().get().uri("/api/test/public/notice").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.text").isEqualTo("Bursa kerja hari Senin")
                .returnResult().getResponseHeaders();
        HttpHeaders english = http().get().uri("/api/test/public/notice").header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.text").isEqualTo("Job fair on Monday")
                .returnResult().getResponseHeaders();

        assertThat(indonesian.getVary()).containsExactly(HttpHeaders.ACCEPT_LANGUAGE);
        assertThat(english.getCacheControl()).contains("public");
        assertThat(english.getETag()).isNotEqualTo(indonesian.getETag());
    }

    @Test
    void answersNotMarkedPublicAndProblemsGetNoEtag() {
        HttpHeaders plain = http().get().uri("/api/test/search?q=operator").exchange()
                .expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders();
        assertThat(plain.getETag()).isNull();
        assertThat(plain.getCacheControl()).doesNotContain("public");

        HttpHeaders problem = http().get().uri("/api/test/conflict").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().returnResult().getResponseHeaders();
        assertThat(problem.getETag()).isNull();
        assertThat(problem.getCacheControl()).contains("no-store");
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
