package id.infoloker.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter.Type;
import org.springframework.cloud.gateway.filter.headers.RemoveForwardedHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveHopByHopHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.RemoveXForwardedHeadersFilter;
import org.springframework.cloud.gateway.filter.headers.TransferEncodingNormalizationHeadersFilter;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class HopAndForwardedHeadersTest {

    private final MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/vacancies"));

    @Test
    void anOrdinaryRequestIsPassedOnAsItIsWithoutACopy() {
        HttpHeaders headers = headers("Host", "gateway", "Authorization", "Bearer x", "Accept", "application/json",
                "X-Request-Id", "r-1");

        assertThat(HopAndForwardedHeaders.onRequests(true, true).filter(headers, exchange)).isSameAs(headers);
        assertThat(HopAndForwardedHeaders.onAnswers().filter(headers, exchange)).isSameAs(headers);
    }

    @Test
    void hopByHopHeadersAndTheOnesConnectionNamesAreRemovedWhateverTheirCase() {
        HttpHeaders headers = headers("Connection", "keep-alive, X-Secret", "x-secret", "s", "KEEP-ALIVE", "timeout=5",
                "Upgrade", "h2c", "TE", "trailers", "Proxy-Authorization", "Basic eA==", "X-Application-Context", "a",
                "Accept", "application/json");

        HttpHeaders forwarded = HopAndForwardedHeaders.onRequests(false, false).filter(headers, exchange);

        assertThat(forwarded.headerNames()).containsExactly("Accept");
        assertThat(headers.headerNames()).hasSize(8); // the input is left as it was
    }

    @Test
    void theClientsForwardedHeadersGoOnlyWhenNoProxyIsTrustedForThem() {
        HttpHeaders headers = headers("Forwarded", "for=6.6.6.6", "X-Forwarded-For", "6.6.6.6",
                "x-forwarded-proto", "https", "X-Forwardedness", "kept", "Accept", "*/*");

        assertThat(HopAndForwardedHeaders.onRequests(true, true).filter(headers, exchange).headerNames())
                .containsExactlyInAnyOrder("X-Forwardedness", "Accept");
        assertThat(HopAndForwardedHeaders.onRequests(true, false).filter(headers, exchange).headerNames())
                .containsExactlyInAnyOrder("X-Forwarded-For", "x-forwarded-proto", "X-Forwardedness", "Accept");
        assertThat(HopAndForwardedHeaders.onRequests(false, false).filter(headers, exchange)).isSameAs(headers);
    }

    @Test
    void answersLoseOnlyTheirHopByHopHeaders() {
        HttpHeaders answer = headers("Keep-Alive", "timeout=5", "Connection", "X-Hop", "X-Hop", "h",
                "X-Forwarded-For", "kept on an answer", "Content-Type", "application/json");
        HopAndForwardedHeaders onAnswers = HopAndForwardedHeaders.onAnswers();

        assertThat(onAnswers.filter(answer, exchange).headerNames())
                .containsExactlyInAnyOrder("X-Forwarded-For", "Content-Type");
        assertThat(onAnswers.supports(Type.RESPONSE)).isTrue();
        assertThat(onAnswers.supports(Type.REQUEST)).isFalse();
        assertThat(HopAndForwardedHeaders.onRequests(true, true).supports(Type.RESPONSE)).isFalse();
    }

    @Test
    void aContentLengthSentWithChunkedIsStillDroppedBeforeTransferEncodingIsRemoved() {
        List<HttpHeadersFilter> filters = new ArrayList<>(List.of(HopAndForwardedHeaders.onRequests(true, true),
                new TransferEncodingNormalizationHeadersFilter()));
        AnnotationAwareOrderComparator.sort(filters);
        HttpHeaders smuggling = headers("Transfer-Encoding", "chunked", "Content-Length", "4", "Accept", "*/*");

        HttpHeaders forwarded = HttpHeadersFilter.filter(filters, smuggling, exchange, Type.REQUEST);

        assertThat(forwarded.headerNames()).containsExactly("Accept");
    }

    @Test
    void springCloudGatewaysRemovalFiltersAreReplacedAndTheForwardedOnesRemovedOnlyWhenTheyWere() {
        DefaultListableBeanFactory untrusted = registryWith(ForwardingConfiguration.HOP_BY_HOP,
                ForwardingConfiguration.FORWARDED, ForwardingConfiguration.X_FORWARDED);
        DefaultListableBeanFactory trusted = registryWith(ForwardingConfiguration.HOP_BY_HOP);
        HttpHeaders clientSent = headers("X-Forwarded-For", "6.6.6.6", "Forwarded", "for=6.6.6.6", "TE", "trailers");

        assertThat(untrusted.getBeansOfType(HttpHeadersFilter.class)).hasSize(2)
                .allSatisfy((name, filter) -> assertThat(filter).isInstanceOf(HopAndForwardedHeaders.class));
        assertThat(requestFilter(untrusted).filter(clientSent, exchange).headerNames()).isEmpty();
        assertThat(trusted.getBeansOfType(HttpHeadersFilter.class)).hasSize(2);
        assertThat(requestFilter(trusted).filter(clientSent, exchange).headerNames())
                .containsExactlyInAnyOrder("X-Forwarded-For", "Forwarded");
    }

    private static DefaultListableBeanFactory registryWith(String... springCloudGatewayFilters) {
        DefaultListableBeanFactory registry = new DefaultListableBeanFactory();
        for (String name : springCloudGatewayFilters) {
            Class<?> type = switch (name) {
                case ForwardingConfiguration.FORWARDED -> RemoveForwardedHeadersFilter.class;
                case ForwardingConfiguration.X_FORWARDED -> RemoveXForwardedHeadersFilter.class;
                default -> RemoveHopByHopHeadersFilter.class;
            };
            registry.registerBeanDefinition(name, new RootBeanDefinition(type));
        }
        ForwardingConfiguration.hopAndForwardedHeadersInstead().postProcessBeanDefinitionRegistry(registry);
        return registry;
    }

    private static HttpHeadersFilter requestFilter(DefaultListableBeanFactory registry) {
        return registry.getBeansOfType(HttpHeadersFilter.class).values().stream()
                .filter(filter -> filter.supports(Type.REQUEST)).findFirst().orElseThrow();
    }

    private static HttpHeaders headers(String... namesAndValues) {
        HttpHeaders headers = new HttpHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return HttpHeaders.readOnlyHttpHeaders(headers);
    }
}
