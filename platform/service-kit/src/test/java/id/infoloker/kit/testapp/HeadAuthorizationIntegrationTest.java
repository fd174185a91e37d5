package id.infoloker.kit.testapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service writes its rules for GET; HEAD, which Spring MVC answers from the same handler, must obey them too: not
 * refused where GET is open, not let through where GET is refused (before the kit authorized HEAD as GET, a verifier's
 * HEAD of the admins' review queue ran its handler).
 */
@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class HeadAuthorizationIntegrationTest {

    static final String OPEN = "/api/guarded/open";
    static final String ADMINS_ONLY = "/api/guarded/report";

    @LocalServerPort
    int port;

    @Test
    void aHeadIsAuthorizedExactlyAsTheGetOfTheSamePathAndARefusedOneNeverReachesTheHandler() {
        String admin = "Bearer " + TestTokens.forAccount(UUID.randomUUID(), "ADMIN");
        String jobSeeker = "Bearer " + TestTokens.forAccount(UUID.randomUUID(), "JOB_SEEKER");

        for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.HEAD)) {
            assertThat(status(method, OPEN, null)).as("%s open, anonymous", method).isEqualTo(200);
            assertThat(status(method, ADMINS_ONLY, null)).as("%s admins only, anonymous", method).isEqualTo(401);
            int servedBefore = GuardedReadEndpoints.REPORTS_SERVED.get();
            assertThat(status(method, ADMINS_ONLY, jobSeeker)).as("%s admins only, job seeker", method).isEqualTo(403);
            assertThat(GuardedReadEndpoints.REPORTS_SERVED.get()).as("%s refused, handler not run", method)
                    .isEqualTo(servedBefore);
            assertThat(status(method, ADMINS_ONLY, admin)).as("%s admins only, admin", method).isEqualTo(200);
        }
    }

    @Test
    void anAnonymousHeadOfAnOpenReadHasTheGetsHeadersAndNoBody() {
        HttpHeaders get = http().get().uri(OPEN).exchange().expectStatus().isOk()
                .expectBody().returnResult().getResponseHeaders();

        http().head().uri(OPEN).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(get.getContentType())
                .expectBody().isEmpty();
    }

    private int status(HttpMethod method, String path, String authorization) {
        return http().method(method).uri(path)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .exchange().returnResult(Void.class).getStatus().value();
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }
}
