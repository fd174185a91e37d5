package id.infoloker.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.gateway.edgefilter.EdgeFilter;
import id.infoloker.gateway.edgefilter.EdgeFilters;
import id.infoloker.gateway.requestid.RequestIdFilter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.web.server.WebFilter;

/** The gateway's own filters run as one link of WebFlux's chain, in their order, before Spring Security's chain. */
class EdgeFiltersTest extends GatewayIntegrationTest {

    /** Where Spring Boot puts Spring Security's {@code WebFilterChainProxy}. */
    private static final int SPRING_SECURITY_ORDER = -100;

    @Autowired
    private EdgeFilters edgeFilters;

    /** In the order WebFlux runs them: both sort the beans by their order the same way. */
    @Autowired
    private List<WebFilter> webFilters;

    @Test
    void theGatewaysFiltersRunInTheirOrderAsOneLinkBeforeSpringSecurity() {
        assertThat(webFilters.get(0)).isSameAs(edgeFilters);
        assertThat(webFilters.get(1)).isInstanceOf(WebFilterChainProxy.class);
        assertThat(webFilters).noneMatch(EdgeFilter.class::isInstance);

        List<EdgeFilter> filters = edgeFilters.inOrder();
        assertThat(filters).hasSize(10);
        assertThat(filters.get(0)).isInstanceOf(RequestIdFilter.class);
        assertThat(filters).extracting(Ordered::getOrder)
                .isSorted()
                .allMatch(order -> order < SPRING_SECURITY_ORDER);
    }
}
