package id.infoloker.web.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.web.PortalTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The CSRF token lives as long as the session: a page's forms and the portal script's uploads all use the one in the
 * cookie. It is dropped only when someone signs in (a token planted before the sign-in must not survive it).
 */
class CsrfTokenLifetimeTest extends PortalTest {

    @Test
    void signedInFormsDoNotDropTheTokenSoTheNextFormStillWorks() {
        String token = jobSeekerToken(UUID.randomUUID());
        NOTIFICATION.stubFor(post(urlPathMatching("/api/notifications/.*/read")).willReturn(aResponse().withStatus(204)));

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = postForm("/notifikasi/" + UUID.randomUUID() + "/dibaca", token, Map.of());

            assertThat(answer.statusCode()).as("post %d", i).isEqualTo(303);
            assertThat(xsrfCookies(answer)).as("post %d must leave XSRF-TOKEN alone", i).isEmpty();
        }
    }

    @Test
    void signingInDropsTheTokenFromBeforeTheSignIn() {
        ACCOUNT.stubFor(post(urlEqualTo("/api/auth/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"accessToken\":\"" + jobSeekerToken(UUID.randomUUID()) + "\",\"tokenType\":\"Bearer\","
                        + "\"expiresIn\":900,\"refreshToken\":\"refresh-1\"}")));

        HttpResponse<String> answer = postForm("/masuk", null, Map.of("username", "siti@example.id",
                "password", "Rahasia-Kerja-1", "next", "/status"));

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(header(answer, "X-Infoloker-Session-Access")).isNotBlank();
        assertThat(xsrfCookies(answer)).singleElement().satisfies(cookie -> assertThat(cookie)
                .startsWith("XSRF-TOKEN=;").contains("Expires=Thu, 01 Jan 1970"));
    }

    private static List<String> xsrfCookies(HttpResponse<?> answer) {
        return answer.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN=")).toList();
    }
}
