package id.infoloker.gateway.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Sinks;

class EdgeCacheClearTest {

    private final EdgeCache cache = new EdgeCache(new EdgeCacheProperties(null, null, null));

    @Test
    void aRequestAfterClearLeadsItsOwnFetchEvenWhileTheLastLeaderIsStillWritingItsAnswer() {
        Sinks.One<Optional<CachedResponse>> writing = Sinks.one();
        assertThat(cache.joinOrLead("GET /api/vacancies", writing)).as("the first request leads").isNull();

        cache.clear();

        Sinks.One<Optional<CachedResponse>> next = Sinks.one();
        assertThat(cache.joinOrLead("GET /api/vacancies", next))
                .as("not given the forgotten leader's answer").isNull();
        // The old leader finishing later leaves the new one registered.
        cache.finished("GET /api/vacancies", writing);
        assertThat(cache.joinOrLead("GET /api/vacancies", Sinks.one())).isSameAs(next);
    }
}
