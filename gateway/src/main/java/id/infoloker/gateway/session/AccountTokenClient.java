package id.infoloker.gateway.session;

import id.infoloker.gateway.ratelimit.ClientAddressHeader;
import id.infoloker.gateway.tracing.RequestTrace;
import io.netty.channel.ChannelOption;
import java.time.Duration;
import java.util.LinkedHashMap;
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

/**
 * The gateway's calls to account-service's token endpoints, the same ones every client uses: sign in
 * ({@code POST /api/auth/token}, console login form), refresh ({@code POST /api/auth/refresh}, cookie sessions) and
 * revoke ({@code POST /api/auth/logout}, sign-out). None of them fails: an unreachable or broken service is an
 * outcome, so the caller decides what a person sees.
 */
@Component
public class AccountTokenClient {

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

    /**
     * The token pair, or why there is none. {@code clientAddress} goes along as {@code X-Infoloker-Client-Address}:
     * account-service throttles sign-ins per client, and this call comes from the gateway. {@code totpCode} and
     * {@code newPassword} are sent when given (staff's second factor; replacing a temporary password).
     */
    public Mono<SignIn> signIn(Credentials credentials, String clientAddress, String requestId) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("username", credentials.username());
        body.put("password", credentials.password());
        if (credentials.totpCode() != null && !credentials.totpCode().isBlank()) {
            body.put("totpCode", credentials.totpCode().strip());
        }
        if (credentials.newPassword() != null && !credentials.newPassword().isEmpty()) {
            body.put("newPassword", credentials.newPassword());
        }
        return account.post().uri("/api/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .header(ClientAddressHeader.HEADER, clientAddress)
                .bodyValue(body)
                .exchangeToMono(response -> {
                    HttpStatusCode status = response.statusCode();
                    if (status.is2xxSuccessful()) {
                        return response.bodyToMono(TokenResponse.class).map(SignIn::issued);
                    }
                    if (status.value() == 429) {
                        return response.releaseBody().thenReturn(SignIn.of(Outcome.TOO_MANY_ATTEMPTS));
                    }
                    if (status.is4xxClientError()) {
                        return response.bodyToMono(Refusal.class)
                                .map(SignIn::refused)
                                .onErrorResume(unreadable -> Mono.just(SignIn.of(Outcome.REJECTED)))
                                .defaultIfEmpty(SignIn.of(Outcome.REJECTED));
                    }
                    return RequestTrace.log(() -> log.warn(
                                    "account-service answered {} to a console sign-in (request id {})",
                                    status.value(), requestId))
                            .then(response.releaseBody().thenReturn(SignIn.of(Outcome.UNAVAILABLE)));
                })
                .onErrorResume(error -> RequestTrace.log(() -> log.warn(
                                "console sign-in: account-service unreachable (request id {}): {}", requestId,
                                error.toString()))
                        .thenReturn(SignIn.of(Outcome.UNAVAILABLE)));
    }

    /**
     * A new token pair for a refresh token (which account-service then retires). 4xx other than 429 means the refresh
     * token is no good any more (expired, revoked, reused): {@link Refresh.Outcome#REFUSED}. Anything else is
     * {@link Refresh.Outcome#UNAVAILABLE}: the session may still be fine, so the caller keeps it.
     */
    public Mono<Refresh> refresh(String refreshToken, String requestId) {
        return account.post().uri("/api/auth/refresh")
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .header("X-Request-Id", requestId)
                .bodyValue(Map.of("refreshToken", refreshToken))
                .exchangeToMono(response -> {
                    HttpStatusCode status = response.statusCode();
                    if (status.is2xxSuccessful()) {
                        return response.bodyToMono(TokenResponse.class).map(Refresh::renewed)
                                .defaultIfEmpty(Refresh.UNAVAILABLE);
                    }
                    if (status.is4xxClientError() && status.value() != 429) {
                        return response.releaseBody().thenReturn(Refresh.REFUSED);
                    }
                    return RequestTrace.log(() -> log.warn(
                                    "account-service answered {} to a session refresh (request id {})",
                                    status.value(), requestId))
                            .then(response.releaseBody().thenReturn(Refresh.UNAVAILABLE));
                })
                .onErrorResume(error -> RequestTrace.log(() -> log.warn(
                                "session refresh: account-service unreachable (request id {}): {}", requestId,
                                error.toString()))
                        .thenReturn(Refresh.UNAVAILABLE));
    }

    /**
     * Revokes the refresh token's whole family (sign-out, or a token pair the gateway will not keep). Best effort: a
     * failure only means the refresh token expires on its own.
     */
    public Mono<Void> revoke(String refreshToken, String requestId) {
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
                .onErrorResume(error -> RequestTrace.log(() -> log.info(
                        "revoking a refresh token failed (request id {}): {}", requestId, error.toString())));
    }

    /** account-service's answer to {@code POST /api/auth/token} and {@code POST /api/auth/refresh}. */
    public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

        @Override
        public String toString() {
            return "TokenResponse[expiresIn=" + expiresIn + "]"; // never the tokens, should this ever be logged
        }
    }

    /** What a person typed into the console's sign-in form; never printed with its secrets. */
    public record Credentials(String username, String password, String totpCode, String newPassword) {

        @Override
        public String toString() {
            return "Credentials[<hidden>]";
        }
    }

    public enum Outcome {
        ISSUED, REJECTED, TOO_MANY_ATTEMPTS, UNAVAILABLE,
        /** Staff with a second factor: the authenticator code is missing, or it was wrong or used before. */
        SECOND_FACTOR_REQUIRED, SECOND_FACTOR_INVALID,
        /** The role requires a second factor the account does not have yet: the secret to enrol comes with it. */
        SECOND_FACTOR_ENROLMENT,
        /** A temporary password from an ADMIN's reset: sign in again with a new one; or that new one was refused. */
        PASSWORD_CHANGE_REQUIRED, NEW_PASSWORD_REFUSED
    }

    /** account-service's problem body, the members the console needs. */
    public record Refusal(String code, String totpSecret, String otpauthUri) {
    }

    public record SignIn(Outcome outcome, TokenResponse token, String totpSecret, String otpauthUri) {

        static SignIn of(Outcome outcome) {
            return new SignIn(outcome, null, null, null);
        }

        static SignIn issued(TokenResponse token) {
            return token.accessToken() == null ? of(Outcome.UNAVAILABLE) : new SignIn(Outcome.ISSUED, token, null, null);
        }

        static SignIn refused(Refusal refusal) {
            String code = refusal.code() == null ? "" : refusal.code();
            return switch (code) {
                case "second-factor-required" -> of(Outcome.SECOND_FACTOR_REQUIRED);
                case "second-factor-invalid" -> of(Outcome.SECOND_FACTOR_INVALID);
                case "second-factor-enrolment-required" -> new SignIn(Outcome.SECOND_FACTOR_ENROLMENT, null,
                        refusal.totpSecret(), refusal.otpauthUri());
                case "password-change-required" -> of(Outcome.PASSWORD_CHANGE_REQUIRED);
                case "password-length", "password-common", "password-unchanged" -> of(Outcome.NEW_PASSWORD_REFUSED);
                default -> of(Outcome.REJECTED);
            };
        }

        @Override
        public String toString() {
            return "SignIn[" + outcome + "]";
        }
    }

    public record Refresh(Outcome outcome, TokenResponse tokens) {

        public enum Outcome { RENEWED, REFUSED, UNAVAILABLE }

        static final Refresh REFUSED = new Refresh(Outcome.REFUSED, null);
        static final Refresh UNAVAILABLE = new Refresh(Outcome.UNAVAILABLE, null);

        static Refresh renewed(TokenResponse tokens) {
            return tokens.accessToken() == null || tokens.refreshToken() == null ? UNAVAILABLE
                    : new Refresh(Outcome.RENEWED, tokens);
        }
    }
}
