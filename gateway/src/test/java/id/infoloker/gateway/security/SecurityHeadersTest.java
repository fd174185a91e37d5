package id.infoloker.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.header.HttpHeaderWriterWebFilter;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * {@link SecurityHeaders} writes exactly what Spring Security's header writers wrote with the gateway's former
 * settings (referrer policy no-referrer, HSTS a year with subdomains), answer by answer: the same headers, the same
 * values, the same ones left alone.
 */
class SecurityHeadersTest {

    private static final WebFilter SPRING_SECURITY = springSecurityHeaderWriter();
    private static final WebFilter OURS = new SecurityHeaders(Duration.ofDays(365));

    static List<Arguments> answers() {
        return List.of(
                Arguments.of("plain http, 200", "http://gateway/api/vacancies", answer(HttpStatus.OK, headers -> { })),
                Arguments.of("https, 200", "https://gateway/api/vacancies", answer(HttpStatus.OK, headers -> { })),
                Arguments.of("https, 401 problem", "https://gateway/api/accounts/me", answer(HttpStatus.UNAUTHORIZED,
                        headers -> headers.set("Content-Type", "application/problem+json"))),
                Arguments.of("304 not modified", "http://gateway/api/vacancies/1",
                        answer(HttpStatus.NOT_MODIFIED, headers -> headers.set("ETag", "\"a1\""))),
                Arguments.of("a public read's own Cache-Control", "http://gateway/api/vacancies",
                        answer(HttpStatus.OK, headers -> headers.set("Cache-Control", "public, s-maxage=10"))),
                Arguments.of("only Expires", "http://gateway/api/vacancies",
                        answer(HttpStatus.OK, headers -> headers.set("Expires", "Thu, 01 Jan 2026 00:00:00 GMT"))),
                Arguments.of("only Pragma, lower case", "http://gateway/api/vacancies",
                        answer(HttpStatus.OK, headers -> headers.set("pragma", "no-cache"))),
                Arguments.of("the service's own frame and referrer policies", "https://gateway/",
                        answer(HttpStatus.OK, headers -> {
                            headers.set("x-frame-options", "SAMEORIGIN");
                            headers.set("Referrer-Policy", "same-origin");
                            headers.set("X-Content-Type-Options", "nosniff");
                        })),
                Arguments.of("the service's own HSTS and XSS header", "https://gateway/",
                        answer(HttpStatus.OK, headers -> {
                            headers.set("Strict-Transport-Security", "max-age=60");
                            headers.set("X-XSS-Protection", "1; mode=block");
                        })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void writesWhatSpringSecuritysWritersWrote(String answerName, String url, Consumer<ServerHttpResponse> answer) {
        Map<String, List<String>> expected = headersAfter(SPRING_SECURITY, url, answer);
        Map<String, List<String>> actual = headersAfter(OURS, url, answer);

        assertThat(actual).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void neverReplacesAHeaderTheAnswerAlreadyHas(String answerName, String url, Consumer<ServerHttpResponse> answer) {
        MockServerWebExchange bare = MockServerWebExchange.from(MockServerHttpRequest.get(url));
        answer.accept(bare.getResponse());

        Map<String, List<String>> written = headersAfter(OURS, url, answer);

        lowerCased(bare.getResponse().getHeaders().asMultiValueMap())
                .forEach((name, values) -> assertThat(written).containsEntry(name, values));
    }

    private static Consumer<ServerHttpResponse> answer(HttpStatus status, Consumer<HttpHeaders> headers) {
        return response -> {
            response.setStatusCode(status);
            headers.accept(response.getHeaders());
        };
    }

    private static Map<String, List<String>> headersAfter(WebFilter filter, String url,
                                                          Consumer<ServerHttpResponse> answer) {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get(url));
        WebFilterChain service = served -> {
            answer.accept(served.getResponse());
            return served.getResponse().setComplete();
        };
        filter.filter(exchange, service).block();
        return lowerCased(exchange.getResponse().getHeaders().asMultiValueMap());
    }

    private static Map<String, List<String>> lowerCased(Map<String, List<String>> headers) {
        Map<String, List<String>> lowerCased = new TreeMap<>();
        headers.forEach((name, values) -> lowerCased.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return lowerCased;
    }

    /** Spring Security's header writers as the gateway had configured them before SecurityHeaders. */
    private static WebFilter springSecurityHeaderWriter() {
        return ServerHttpSecurity.http()
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.maxAge(Duration.ofDays(365)).includeSubdomains(true)))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .build()
                .getWebFilters()
                .filter(filter -> filter instanceof HttpHeaderWriterWebFilter)
                .blockFirst();
    }
}
