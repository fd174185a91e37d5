package id.infoloker.account.auth;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Throttling per client address instead of a lock per account. Each test signs in from addresses of its own (as the
 * gateway names them in {@code X-Infoloker-Client-Address}); application-test.yml: 40 free attempts per client,
 * 5 guesses per client and username.
 */
@AccountServiceIntegrationTest
class LoginThrottleIntegrationTest {

    @Autowired
    WebTestClient http;

    @Test
    void aGuesserIsCappedOnOneAccountWhileTheOwnerSignsInFromAnotherClient() {
        Map<String, Object> victim = TestData.registration();
        register(victim);
        String email = (String) victim.get("email");
        String guesser = address();

        for (int i = 0; i < 5; i++) {
            signIn(guesser, email, "salah-sandi-" + i).expectStatus().isUnauthorized()
                    .expectBody().jsonPath("$.code").isEqualTo("invalid-credentials");
        }
        // The guesser's sixth try is refused before the password is looked at, even the right one.
        signIn(guesser, email, "rahasia-sekali").expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody()
                .jsonPath("$.code").isEqualTo("too-many-attempts")
                .jsonPath("$.accessToken").doesNotExist()
                .jsonPath("$.retryAfterSeconds").value(seconds ->
                        assertThat(((Number) seconds).longValue()).isBetween(1L, 15 * 60L));

        // The owner, on their own phone, is never refused because of someone else's attempts.
        signIn(address(), email, "rahasia-sekali").expectStatus().isOk()
                .expectBody().jsonPath("$.accessToken").exists();
        // The guesser may still try other usernames (each capped alike); only the per-client pace slows it overall.
        signIn(guesser, TestData.uniqueEmail(), "salah-sandi").expectStatus().isUnauthorized();
    }

    @Test
    void twentyParallelGuessesOnOneAccountFromOneClientAdmitExactlyFive() throws Exception {
        Map<String, Object> victim = TestData.registration();
        register(victim);
        String email = (String) victim.get("email");
        String guesser = address();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses;
        try {
            List<Callable<Integer>> guesses = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String password = "tebakan-" + i;
                guesses.add(() -> signIn(guesser, email, password).returnResult(Void.class).getStatus().value());
            }
            statuses = new ArrayList<>();
            for (Future<Integer> status : pool.invokeAll(guesses)) {
                statuses.add(status.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // Counted when admitted, rows locked: parallel guesses cannot slip past the cap together.
        assertThat(statuses).filteredOn(status -> status == 401).hasSize(5);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(15);
    }

    @Test
    void theAnswersAreTheSameWhetherOrNotTheAccountExists() {
        Map<String, Object> existing = TestData.registration();
        register(existing);
        String known = (String) existing.get("email");
        String unknown = TestData.uniqueEmail();
        String client = address();

        for (int i = 0; i < 5; i++) {
            byte[] onKnown = signIn(client, known, "salah-sandi").expectStatus().isUnauthorized()
                    .expectBody().returnResult().getResponseBody();
            byte[] onUnknown = signIn(client, unknown, "salah-sandi").expectStatus().isUnauthorized()
                    .expectBody().returnResult().getResponseBody();
            assertThat(onKnown).isEqualTo(onUnknown);
        }
        var refusedKnown = signIn(client, known, "salah-sandi").expectStatus().isEqualTo(429)
                .expectBody(Map.class).returnResult();
        var refusedUnknown = signIn(client, unknown, "salah-sandi").expectStatus().isEqualTo(429)
                .expectBody(Map.class).returnResult();
        assertThat(refusedKnown.getResponseBody()).containsOnlyKeys(refusedUnknown.getResponseBody().keySet());
        assertThat(refusedKnown.getResponseBody().get("code")).isEqualTo(refusedUnknown.getResponseBody().get("code"));
        assertThat(refusedKnown.getResponseBody().get("title")).isEqualTo(refusedUnknown.getResponseBody().get("title"));
    }

    @Test
    void aClientSendingManyWrongPasswordsIsSlowedDownAndOthersAreNot() {
        String noisy = address();
        for (int i = 0; i < 40; i++) { // the free attempts, spread over usernames so no per-account cap applies
            signIn(noisy, TestData.uniqueEmail(), "salah-sandi").expectStatus().isUnauthorized();
        }
        // The 41st is admitted and sets the first wait (1 s); the next one, at once, must wait.
        signIn(noisy, TestData.uniqueEmail(), "salah-sandi").expectStatus().isUnauthorized();
        signIn(noisy, TestData.uniqueEmail(), "salah-sandi").expectStatus().isEqualTo(429)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "1")
                .expectBody().jsonPath("$.code").isEqualTo("too-many-attempts")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("1 detik"));

        Map<String, Object> someone = TestData.registration();
        register(someone);
        signIn(address(), (String) someone.get("email"), "rahasia-sekali").expectStatus().isOk();
    }

    @Test
    void aSuccessfulSignInForgivesThatClientsEarlierMistakesOnTheAccount() {
        Map<String, Object> person = TestData.registration();
        register(person);
        String email = (String) person.get("email");
        String phone = address();

        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 4; i++) {
                signIn(phone, email, "salah-sandi").expectStatus().isUnauthorized();
            }
            signIn(phone, email, "rahasia-sekali").expectStatus().isOk();
        }
    }

    private WebTestClient.ResponseSpec signIn(String clientAddress, String username, String password) {
        return http.post().uri("/api/auth/token")
                .header(ClientAddress.HEADER, clientAddress)
                .bodyValue(Map.of("username", username, "password", password))
                .exchange();
    }

    private void register(Map<String, Object> body) {
        http.post().uri("/api/accounts/job-seekers").bodyValue(body).exchange().expectStatus().isAccepted();
    }

    /** A random address of the benchmarking block (RFC 2544): no other test uses it. */
    private static String address() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
