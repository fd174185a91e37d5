package id.infoloker.gateway.console;

import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/** Signs a staff member in at account-service ({@code POST /api/auth/token}), the same call every client makes. */
@Component
class AccountTokenClient {

    private static final Logger log = LoggerFactory.getLogger(AccountTokenClient.class);

    private final WebClient account;

    AccountTokenClient(@Value("${infoloker.services.account}") String accountUrl,
                       @Value("${infoloker.timeouts.account:5000}") long timeoutMillis) {
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 1000)
                .responseTimeout(Duration.ofMillis(timeoutMillis));
        this.account = WebClient.builder()
                .baseUrl(accountUrl)
                .clientConnector(new ReactorClientHttpConnector(http))
                .build();
    }

    /** The access token, or why there is none. Never fails: an unreachable service is {@link Outcome#UNAVAILABLE}. */
    Mono<SignIn> signIn(String username, String password, String requestId) {
        return account.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .bodyValue(Map.of("username", username, "password", password))
                .exchangeToMono(response -> {
                    HttpStatusCode status = response.statusCode();
                    if (status.is2xxSuccessful()) {
                        return response.bodyToMono(TokenResponse.class).map(SignIn::issued);
                    }
                    if (status.value() == 429) {
                        return response.releaseBody().thenReturn(SignIn.of(Outcome.TOO_MANY_ATTEMPTS));
                    }
                    if (status.is4xxClientError()) {
                        return response.releaseBody().thenReturn(SignIn.of(Outcome.REJECTED));
                    }
                    log.warn("account-service answered {} to a console sign-in (request id {})", status.value(),
                            requestId);
                    return response.releaseBody().thenReturn(SignIn.of(Outcome.UNAVAILABLE));
                })
                .onErrorResume(error -> {
                    log.warn("console sign-in: account-service unreachable (request id {}): {}", requestId,
                            error.toString());
                    return Mono.just(SignIn.of(Outcome.UNAVAILABLE));
                });
    }

    /**
     * The console keeps only the access token; revoking the refresh token it never hands out leaves nothing usable
     * behind. Best effort: a failure only means the unused refresh token expires on its own.
     */
    Mono<Void> revoke(String refreshToken, String requestId) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return Mono.empty();
        }
        return account.post().uri("/api/auth/logout")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .bodyValue(Map.of("refreshToken", refreshToken))
                .retrieve()
                .toBodilessEntity()
                .then()
                .onErrorResume(error -> Mono.empty());
    }

    /** account-service's answer to {@code POST /api/auth/token}. */
    record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {
    }

    enum Outcome { ISSUED, REJECTED, TOO_MANY_ATTEMPTS, UNAVAILABLE }

    record SignIn(Outcome outcome, TokenResponse token) {

        static SignIn of(Outcome outcome) {
            return new SignIn(outcome, null);
        }

        static SignIn issued(TokenResponse token) {
            return token.accessToken() == null ? of(Outcome.UNAVAILABLE) : new SignIn(Outcome.ISSUED, token);
        }
    }
}
