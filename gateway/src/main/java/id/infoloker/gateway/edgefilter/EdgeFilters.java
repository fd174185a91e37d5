package id.infoloker.gateway.edgefilter;

import java.util.ArrayList;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Runs the gateway's {@link EdgeFilter}s, in their order, as one link of WebFlux's filter chain.
 *
 * <p>WebFlux's {@code DefaultWebFilterChain} puts a named checkpoint on every link, on every request: an assembly
 * operator and a new string each. With the gateway's filters as links of their own (eleven then), those checkpoints and
 * the subscriptions through them were a measurable part of the gateway's CPU on an uncached GET (issue 17,
 * docs/benchmarks.md). Here each filter gets the next one directly, deferred to subscription as WebFlux does it, so a
 * filter behaves as it did as a link of its own.
 */
@Component
public class EdgeFilters implements WebFilter, Ordered {

    private final List<EdgeFilter> filters;

    public EdgeFilters(List<EdgeFilter> filters) {
        List<EdgeFilter> sorted = new ArrayList<>(filters);
        AnnotationAwareOrderComparator.sort(sorted);
        this.filters = List.copyOf(sorted);
    }

    /** The filters in the order they run, for tests. */
    public List<EdgeFilter> inOrder() {
        return filters;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return new Link(0, chain).filter(exchange);
    }

    /** The rest of the chain as the filter at {@code index} sees it; past the last filter, WebFlux's own chain. */
    private final class Link implements WebFilterChain {

        private final int index;
        private final WebFilterChain afterEdgeFilters;

        Link(int index, WebFilterChain afterEdgeFilters) {
            this.index = index;
            this.afterEdgeFilters = afterEdgeFilters;
        }

        @Override
        public Mono<Void> filter(ServerWebExchange exchange) {
            if (index == filters.size()) {
                return afterEdgeFilters.filter(exchange);
            }
            return Mono.defer(() -> filters.get(index).filter(exchange, new Link(index + 1, afterEdgeFilters)));
        }
    }
}
