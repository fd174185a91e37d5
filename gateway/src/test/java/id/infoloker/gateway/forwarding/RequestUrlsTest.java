package id.infoloker.gateway.forwarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_REQUEST_URL_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

/** {@link RequestUrls} sends a request to the same URL as Spring Cloud Gateway's {@link RouteToRequestUrlFilter}. */
class RequestUrlsTest {

    @ParameterizedTest(name = "{1} via {0}")
    @CsvSource(delimiter = ' ', value = {
        "http://localhost:8082 /api/vacancies",
        "http://localhost:8082 /api/vacancies?q=operator",
        "http://localhost:8082 /api/vacancies?q=operator%20produksi&kecamatan=Telukjambe%20Timur&page=2",
        "http://vacancy-service /api/vacancies/42",
        "http://vacancy-service:8080 /api/vacancies?q=las&sort=relevance",
        "http://web:8080 /lowongan/operator-produksi-42",
        "http://web:8080 /lowongan/caf%C3%A9%2Fbar",
        "http://web:8080 /cari?q=%2B62+812&tipe=penuh-waktu",
        "https://account-service:8443 /api/accounts/me/documents/7",
        "http://127.0.0.1:8681 /",
        "http://localhost:8085 /daftar;jsessionid=abc",
        "http://localhost:8085 /api/vacancies?q=",
    })
    void sendsToTheSameUrlAsSpringCloudGateway(String route, String requested) {
        URI ours = sentTo(new RequestUrls(), route, requested);
        URI theirs = sentTo(new RouteToRequestUrlFilter(), route, requested);

        assertThat(ours).isEqualTo(theirs);
        assertThat(ours.toString()).isEqualTo(theirs.toString());
    }

    @Test
    void aQueryGoesOnAsTheClientSentItWhereSpringCloudGatewayTidiedIt() {
        URI ours = sentTo(new RequestUrls(), "http://localhost:8082", "/api/vacancies?q=las&&page=2");

        assertThat(ours).hasToString("http://localhost:8082/api/vacancies?q=las&&page=2");
        assertThat(sentTo(new RouteToRequestUrlFilter(), "http://localhost:8082", "/api/vacancies?q=las&&page=2"))
                .hasToString("http://localhost:8082/api/vacancies?q=las&page=2");
    }

    @Test
    void routesToOtherThanAPlainHttpAddressAreLeftToSpringCloudGateway() {
        assertThat(RequestUrls.isPlainHttp(URI.create("http://vacancy-service:8080"))).isTrue();
        assertThat(RequestUrls.isPlainHttp(URI.create("https://vacancy-service"))).isTrue();
        assertThat(RequestUrls.isPlainHttp(URI.create("lb://vacancy-service"))).isFalse();
        assertThat(RequestUrls.isPlainHttp(URI.create("forward:/_gateway/fallback"))).isFalse();
        assertThat(RequestUrls.isPlainHttp(URI.create("http://user@vacancy-service"))).isFalse();
        assertThat(RequestUrls.isPlainHttp(URI.create("http://vacancy-service/base"))).isFalse();

        URI forwarded = sentTo(new RequestUrls(), "forward:/_gateway/fallback", "/api/vacancies?q=las");
        assertThat(forwarded).isEqualTo(sentTo(new RouteToRequestUrlFilter(), "forward:/_gateway/fallback",
                "/api/vacancies?q=las"));
    }

    private static URI sentTo(GlobalFilter filter, String route, String requested) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(HttpMethod.GET, URI.create("http://gateway.test" + requested)).build());
        exchange.getAttributes().put(GATEWAY_ROUTE_ATTR, Route.async()
                .id("route")
                .uri(URI.create(route))
                .predicate(any -> true)
                .build());
        filter.filter(exchange, done -> Mono.empty()).block();
        return exchange.getAttribute(GATEWAY_REQUEST_URL_ATTR);
    }
}
