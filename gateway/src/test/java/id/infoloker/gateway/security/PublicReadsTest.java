package id.infoloker.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class PublicReadsTest {

    private final PublicReads publicReads = new PublicReads(EdgeSecurityConfiguration.PUBLIC_READS);

    @Test
    void getAndHeadOfVacanciesAndOfAnAk1CardArePublicReads() {
        assertThat(matches(HttpMethod.GET, "/api/vacancies?q=operator")).isTrue();
        assertThat(matches(HttpMethod.HEAD, "/api/vacancies/42")).isTrue();
        assertThat(matches(HttpMethod.GET, "/api/vacancies/42/similar")).isTrue();
        assertThat(matches(HttpMethod.GET, "/api/ak1/AK1-3215-000123")).isTrue();
    }

    @Test
    void writesOtherPathsAndDeeperCardPathsAreNot() {
        assertThat(matches(HttpMethod.POST, "/api/vacancies")).isFalse();
        assertThat(matches(HttpMethod.PUT, "/api/vacancies/42")).isFalse();
        assertThat(matches(HttpMethod.DELETE, "/api/vacancies/42")).isFalse();
        assertThat(matches(HttpMethod.GET, "/api/applications")).isFalse();
        assertThat(matches(HttpMethod.GET, "/api/ak1/AK1-3215-000123/holder")).isFalse();
        assertThat(matches(HttpMethod.GET, "/api/vacanciesx")).isFalse();
    }

    @Test
    void answersThroughSpringSecuritysMatcherContract() {
        assertThat(publicReads.matches(MockServerWebExchange.from(
                MockServerHttpRequest.get("/api/vacancies"))).block().isMatch()).isTrue();
        assertThat(publicReads.matches(MockServerWebExchange.from(
                MockServerHttpRequest.post("/api/vacancies"))).block().isMatch()).isFalse();
    }

    private boolean matches(HttpMethod method, String path) {
        return publicReads.matches(MockServerHttpRequest.method(method, path).build());
    }
}
