package id.infoloker.vacancy.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void eachWordIsSearchedWithItsPeMeCounterpartAndAllWordsMustMatch() {
        assertThat(SearchQuery.toTsQuery("Pengemudi Truk"))
                .isEqualTo("(pengemudi | mengemudi | sopir | supir | driver) & (truk)");
    }

    @Test
    void onlyLettersAndDigitsReachTheQuery() {
        assertThat(SearchQuery.toTsQuery("operator'); DROP TABLE vacancy; -- & | ! :*"))
                .isEqualTo("(operator) & (drop) & (table) & (vacancy)");
        assertThat(SearchQuery.toTsQuery("  !!  ")).isNull();
        assertThat(SearchQuery.toTsQuery(null)).isNull();
    }
}
