package id.infoloker.vacancy.search;

import static id.infoloker.vacancy.VacancyApi.tag;
import static id.infoloker.vacancy.VacancyApi.vacancy;
import static id.infoloker.vacancy.VacancyApi.with;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokensConfiguration;
import id.infoloker.vacancy.VacancyApi;
import id.infoloker.vacancy.accounts.AccountProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.UriBuilder;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class VacancySearchIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountProjection accounts;

    @Autowired
    JdbcTemplate jdbc;

    VacancyApi api;

    @BeforeEach
    void api() {
        api = new VacancyApi(port, accounts);
    }

    @Test
    void postgresHasTheIndonesianTextSearchConfiguration() {
        assertThat(jdbc.queryForList("SELECT cfgname FROM pg_ts_config", String.class)).contains("indonesian");
        assertThat(jdbc.queryForObject("SELECT to_tsvector('indonesian', 'pekerja bekerja')::text", String.class))
                .isEqualTo("'kerja':1,2");
    }

    @Test
    void thePoolsConnectionsPlanEveryStatementForItsOwnWords() {
        // Not one generic plan per prepared statement: whether to walk the newest-first index or read the text
        // index's matches depends on how many vacancies the words match (application.yml; measured in
        // docs/benchmarks.md, issue 17). Asked twice: the second may reuse the first's connection and statement.
        for (int i = 0; i < 2; i++) {
            assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        }
    }

    @Test
    void stemmingFindsOtherFormsOfAWordAndTitleMatchesRankFirst() {
        String tag = tag();
        UUID employer = api.verifiedEmployer("PT Angkutan " + tag);
        UUID inTitle = api.published(employer, vacancy("Pengemudi Truk " + tag, "Antar barang ke Cikampek."));
        UUID inDescription = api.published(employer, vacancy("Kurir " + tag,
                "Mampu mengemudi sepeda motor dan mobil box."));
        UUID unrelated = api.published(employer, vacancy("Operator Produksi " + tag, "Mesin injeksi."));

        assertThat(ids(Map.of("q", "mengemudi " + tag, "order", "relevance")))
                .containsExactly(inTitle, inDescription);
        assertThat(ids(Map.of("q", "pengemudi " + tag, "order", "relevance")))
                .containsExactly(inTitle, inDescription);
        assertThat(ids(Map.of("q", "sopir " + tag))).containsExactlyInAnyOrder(inTitle, inDescription);
        assertThat(ids(Map.of("q", "PRODUKSI " + tag))).containsExactly(unrelated);
        // Company names are searched too: every vacancy of "PT Angkutan <tag>".
        assertThat(ids(Map.of("q", "angkutan " + tag))).hasSize(3);
        assertThat(ids(Map.of("q", "pekerjaan " + tag))).isEmpty();
    }

    @Test
    void filtersNarrowTheResults() {
        String tag = tag();
        UUID employer = api.verifiedEmployer("PT Filter");
        Map<String, Object> base = vacancy("Operator " + tag, "Kerja shift.");
        UUID smpKlari = api.published(employer, with(with(with(base, "minimumEducation", "SMP"), "kecamatanCode",
                "321505"), "employmentType", "HARIAN"));
        UUID smkKlari = api.published(employer, with(with(base, "minimumEducation", "SMK"), "kecamatanCode",
                "321505"));
        UUID s1Cikampek = api.published(employer, with(with(with(with(base, "minimumEducation", "S1"),
                "kecamatanCode", "321513"), "salaryMin", 8_000_000), "salaryMax", 9_000_000));
        UUID noSalary = api.published(employer, with(with(base, "salaryMin", null), "salaryMax", null));

        assertThat(ids(Map.of("q", tag, "kecamatan", "321505"))).containsExactlyInAnyOrder(smpKlari, smkKlari);
        assertThat(ids(Map.of("q", tag, "education", "SMA")))
                .containsExactlyInAnyOrder(smpKlari, smkKlari, noSalary);
        assertThat(ids(Map.of("q", tag, "education", "SMP"))).containsExactly(smpKlari);
        assertThat(ids(Map.of("q", tag, "education", "S2"))).hasSize(4);
        assertThat(ids(Map.of("q", tag, "employmentType", "HARIAN"))).containsExactly(smpKlari);
        assertThat(ids(Map.of("q", tag, "minSalary", "7000000"))).containsExactly(s1Cikampek);
        assertThat(ids(Map.of("q", tag, "minSalary", "5500000"))).doesNotContain(noSalary).hasSize(3);
    }

    @Test
    void onlyPublishedVacanciesAreFound() {
        String tag = tag();
        UUID employer = api.verifiedEmployer("PT Status");
        UUID draft = api.draft(employer, vacancy("Helper " + tag, "Draf."));
        UUID held = api.draft(employer, vacancy("Helper " + tag, "Bayar biaya seragam."));
        api.publish(employer, held).expectBody().jsonPath("$.status").isEqualTo("NEEDS_REVIEW");
        UUID closed = api.published(employer, vacancy("Helper " + tag, "Sudah ditutup."));
        api.http().post().uri("/api/vacancies/{id}/close", closed).header("Authorization", VacancyApi.employer(employer))
                .exchange().expectStatus().isOk();
        UUID live = api.published(employer, vacancy("Helper " + tag, "Masih dibuka."));

        assertThat(ids(Map.of("q", tag))).containsExactly(live).doesNotContain(draft, held, closed);
    }

    @Test
    void cursorPagesWalkThroughAllResultsInBothOrders() {
        String tag = tag();
        UUID employer = api.verifiedEmployer("PT Halaman");
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String title = i % 2 == 0 ? "Operator " + tag + " " + tag : "Operator " + tag;
            created.add(api.published(employer, vacancy(title, "Lowongan nomor " + i)));
        }
        for (String order : List.of("newest", "relevance")) {
            List<UUID> seen = new ArrayList<>();
            String cursor = null;
            int pages = 0;
            do {
                Map<String, String> params = new java.util.HashMap<>(Map.of("q", tag, "order", order, "size", "3"));
                if (cursor != null) {
                    params.put("cursor", cursor);
                }
                Map<?, ?> page = page(params);
                ((List<Map<String, Object>>) page.get("items")).forEach(item ->
                        seen.add(UUID.fromString((String) item.get("id"))));
                cursor = (String) page.get("nextCursor");
                pages++;
            } while (cursor != null);
            assertThat(pages).as(order).isEqualTo(3);
            assertThat(seen).as(order).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
            if (order.equals("newest")) {
                List<UUID> newestFirst = new ArrayList<>(created);
                java.util.Collections.reverse(newestFirst);
                assertThat(seen).containsExactlyElementsOf(newestFirst);
            }
        }
    }

    @Test
    void pageSizeIsCappedAndBadParametersAre400() {
        api.http().get().uri("/api/vacancies?size=500").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").value(size -> assertThat((Integer) size)
                        .isLessThanOrEqualTo(VacancySearchController.MAX_PAGE_SIZE));
        bad("kecamatan=999999", "kecamatan");
        bad("education=SLTA", "education");
        bad("employmentType=FREELANCE", "employmentType");
        bad("order=random", "order");
        bad("cursor=bm90LWEtY3Vyc29y", "cursor");
        bad("minSalary=banyak", "minSalary");
    }

    private void bad(String query, String field) {
        api.http().get().uri("/api/vacancies?" + query).exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private List<UUID> ids(Map<String, String> params) {
        Map<?, ?> page = page(params);
        return ((List<Map<String, Object>>) page.get("items")).stream()
                .map(item -> UUID.fromString((String) item.get("id"))).toList();
    }

    private Map<?, ?> page(Map<String, String> params) {
        Function<UriBuilder, java.net.URI> uri = builder -> {
            builder.path("/api/vacancies").queryParam("size", "50");
            params.forEach(builder::replaceQueryParam);
            return builder.build();
        };
        return api.http().get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }
}
