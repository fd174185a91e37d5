package id.infoloker.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

class EdgeCacheClearTest {

    private final EdgeCache cache = new EdgeCache(new EdgeCacheProperties(null, null, null));

    @Test
    void aRequestAfterClearLeadsItsOwnFetchEvenWhileTheLastLeaderIsStillWritingItsAnswer() {
        Sinks.One<Fill> writing = Sinks.one();
        assertThat(cache.joinOrLead("GET /api/vacancies", writing)).as("the first request leads").isNull();

        cache.clear();

        Sinks.One<Fill> next = Sinks.one();
        assertThat(cache.joinOrLead("GET /api/vacancies", next))
                .as("not given the forgotten leader's answer").isNull();
        // The old leader finishing later leaves the new one registered.
        cache.finished("GET /api/vacancies", writing, Fill.NOT_SHARED);
        assertThat(cache.joinOrLead("GET /api/vacancies", Sinks.one())).isSameAs(next);
    }
}
