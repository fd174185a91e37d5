package id.infoloker.vacancy.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.infoloker.kit.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    @Test
    void aCursorRoundTrips() {
        SearchCursor cursor = new SearchCursor(SearchOrder.NEWEST, Instant.parse("2026-09-14T03:00:00.123456Z"), null,
                UUID.randomUUID());
        assertThat(SearchCursor.decode(cursor.encode(), SearchOrder.NEWEST)).isEqualTo(cursor);
    }

    @Test
    void wellFormedCursorsWithAnImpossibleSortKeyAreInvalidCursorsNotServerErrors() {
        UUID id = UUID.randomUUID();
        for (String key : new String[] {"9223372036854775807", "-9223372036854775808", "253402300800000000",
                "-1"}) {
            assertRefused("NEWEST|" + key + "|" + id, SearchOrder.NEWEST);
        }
        for (String rank : new String[] {"NaN", "Infinity", "-Infinity"}) {
            assertRefused("RELEVANCE|" + rank + "|" + id, SearchOrder.RELEVANCE);
        }
    }

    private static void assertRefused(String plain, SearchOrder order) {
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> SearchCursor.decode(cursor, order)).as(plain)
                .isInstanceOfSatisfying(ProblemException.class, problem ->
                        assertThat(problem.code()).isEqualTo("invalid-cursor"));
    }
}
