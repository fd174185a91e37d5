package id.infoloker.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** application-test.yml: registration 3, token 3, upload 2 per client, refilled one per 10 minutes. */
class RateLimitTest extends GatewayIntegrationTest {

    @BeforeEach
    void stubAccountService() {
        backends.account.server().stubFor(any(urlPathMatching("/api/.*"))
                .willReturn(aResponse().withStatus(202).withBody("{}")));
    }

    @Test
    void registrationIsLimitedPerClientAddressWithRetryAfter() {
        for (int i = 0; i < 3; i++) {
            register().expectStatus().isAccepted();
        }

        register()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value("Retry-After", retryAfter ->
                        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 600L))
                .expectBody()
                .jsonPath("$.code").isEqualTo("too-many-requests")
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.title").isEqualTo("Terlalu banyak permintaan");

        // Employer registration shares the job-seeker bucket: the same policy, the same client.
        gateway.post().uri("/api/accounts/employers")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(429);
        backends.account.server().verify(exactly(3), anyRequestedFor(urlPathMatching("/api/accounts/.*")));
    }

    @Test
    void behindTheTrustedProxyEachRealClientHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            register(gateway, "198.51.100.1").expectStatus().isAccepted();
        }
        register(gateway, "198.51.100.1").expectStatus().isEqualTo(429);

        register(gateway, "198.51.100.2").expectStatus().isAccepted();
    }

    @Test
    void anUntrustedClientCannotDodgeItsLimitWithForgedForwardedFor() {
        var client = untrustedClient();
        for (int i = 0; i < 3; i++) {
            register(client, "192.0.2." + i).expectStatus().isAccepted();
        }
        register(client, "192.0.2.99").expectStatus().isEqualTo(429);
    }

    @Test
    void uploadsAreLimitedPerAccountNotPerAddress() {
        String alice = bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"));
        String bob = bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"));

        upload(alice).expectStatus().isAccepted();
        upload(alice).expectStatus().isAccepted();
        upload(alice).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After");

        // Same address, other account: its own bucket.
        upload(bob).expectStatus().isAccepted();
        backends.account.server().verify(exactly(3), anyRequestedFor(urlPathMatching("/api/accounts/me/documents")));
    }

    /**
     * Buckets live as long as the shared gateway context, so each test that counts to a limit takes an address no other
     * test (here or in another class) uses. Random addresses collided now and then (one in ~250 runs per pair).
     */
    private static final AtomicInteger nextAddress = new AtomicInteger(1);

    private static String freshAddress() {
        int n = nextAddress.getAndIncrement();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    /** The portal's sign-in form (another test) shares this bucket's policy. */
    private final String signInAddress = freshAddress();

    @Test
    void signInAndRegistrationAreLimitedPerAddressWhateverTokenIsSent() {
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            withFreshToken(gateway.post().uri("/api/auth/token"), address).exchange().expectStatus().isAccepted();
            withFreshToken(gateway.post().uri("/api/accounts/job-seekers"), address).exchange()
                    .expectStatus().isAccepted();
        }
        // A fourth valid token (anyone's, or a new account's) does not open a new bucket.
        withFreshToken(gateway.post().uri("/api/auth/token"), address).exchange().expectStatus().isEqualTo(429);
        withFreshToken(gateway.post().uri("/api/accounts/employers"), address).exchange().expectStatus().isEqualTo(429);
        backends.account.server().verify(exactly(3), anyRequestedFor(urlPathMatching("/api/auth/token")));
        backends.account.server().verify(exactly(3), anyRequestedFor(urlPathMatching("/api/accounts/.*")));
    }

    @Test
    void thePortalsSignInAndRegistrationFormsHaveTheSamePerAddressLimits() {
        backends.web.server().stubFor(any(urlPathMatching("/(masuk|daftar)")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<p>ok</p>")));
        String address = freshAddress();
        for (int i = 0; i < 3; i++) {
            form("/masuk", address).expectStatus().isOk();
            form("/daftar", address).expectStatus().isOk();
        }
        form("/masuk", address).expectStatus().isEqualTo(429).expectHeader().exists("Retry-After")
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML);
        form("/daftar", address).expectStatus().isEqualTo(429);
        // Pages are not sign-in attempts.
        gateway.get().uri("/masuk").header("X-Forwarded-For", address).exchange().expectStatus().isOk();
    }

    @Test
    void servicesLearnTheClientAddressFromTheGatewayAndNeverFromTheClient() {
        untrustedClient().post().uri("/api/auth/token")
                .header("X-Infoloker-Client-Address", "192.0.2.66")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isAccepted();
        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/token"))
                .withHeader("X-Infoloker-Client-Address", equalTo("127.0.0.2")));

        backends.account.server().resetRequests();
        gateway.post().uri("/api/auth/token")
                .header("X-Forwarded-For", "198.51.100.77")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isAccepted();
        backends.account.server().verify(postRequestedFor(urlPathEqualTo("/api/auth/token"))
                .withHeader("X-Infoloker-Client-Address", equalTo("198.51.100.77")));
    }

    private WebTestClient.RequestHeadersSpec<?> withFreshToken(WebTestClient.RequestBodySpec request, String address) {
        return request.header("Authorization", bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER")))
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}");
    }

    private WebTestClient.ResponseSpec form(String path, String address) {
        return gateway.post().uri(path)
                .header("X-Forwarded-For", address)
                .header("Accept", "text/html")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("username=a&password=b")
                .exchange();
    }

    @Test
    void feedbackIsLimitedPerClientAddressOnTheApiAndThePortalFormAlike() {
        backends.verification.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/api/feedback")
                .willReturn(aResponse().withStatus(201).withBody("{}")));
        backends.web.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.post("/masukan")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<p>ok</p>")));
        for (int i = 0; i < 2; i++) {
            gateway.post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"category\":\"PROBLEM\",\"text\":\"x\"}")
                    .exchange().expectStatus().isCreated();
        }

        gateway.post().uri("/api/feedback").contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        // The portal's form is the same door: one bucket per address, answered as a page.
        gateway.post().uri("/masukan").contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML)
                .bodyValue("category=PROBLEM&text=x")
                .exchange().expectStatus().isEqualTo(429);
        backends.web.server().verify(exactly(0), anyRequestedFor(urlPathMatching("/masukan")));
    }

    @Test
    void anAk1CardsPublicCheckNeedsNoToken() {
        backends.account.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/api/ak1/ABCDEFGHJKLMNPQR")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"valid\":true,\"initials\":\"S. N.\",\"validUntil\":\"2028-12-06\"}")));

        gateway.get().uri("/api/ak1/ABCDEFGHJKLMNPQR").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.initials").isEqualTo("S. N.");
        gateway.get().uri("/api/accounts/me/ak1").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void signInAttemptsAreLimited() {
        for (int i = 0; i < 3; i++) {
            signIn().expectStatus().isAccepted();
        }
        signIn().expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.code").isEqualTo("too-many-requests");
        // Refresh and logout are not sign-in attempts.
        gateway.post().uri("/api/auth/refresh").exchange().expectStatus().isAccepted();
    }

    @Test
    void otherEndpointsOfTheSameServiceAreNotLimited() {
        String token = bearer(backends.tokens.valid(UUID.randomUUID(), "JOB_SEEKER"));
        for (int i = 0; i < 10; i++) {
            gateway.get().uri("/api/accounts/me").header("Authorization", token)
                    .exchange()
                    .expectStatus().isAccepted();
        }
    }

    private WebTestClient.ResponseSpec register() {
        return gateway.post().uri("/api/accounts/job-seekers")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"nik\":\"3215010101900001\"}")
                .exchange();
    }

    private static WebTestClient.ResponseSpec register(WebTestClient client, String forwardedFor) {
        return client.post().uri("/api/accounts/job-seekers")
                .header("X-Forwarded-For", forwardedFor)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }

    private WebTestClient.ResponseSpec signIn() {
        return gateway.post().uri("/api/auth/token")
                .header("X-Forwarded-For", signInAddress)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"someone\",\"password\":\"not-logged\"}")
                .exchange();
    }

    private WebTestClient.ResponseSpec upload(String token) {
        return gateway.post().uri("/api/accounts/me/documents")
                .header("Authorization", token)
                .contentType(MediaType.APPLICATION_PDF)
                .bodyValue("%PDF-1.7 test".getBytes())
                .exchange();
    }
}
