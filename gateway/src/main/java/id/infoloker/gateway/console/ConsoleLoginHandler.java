package id.infoloker.gateway.console;

import id.infoloker.gateway.session.AccountTokenClient;
import id.infoloker.gateway.session.AccountTokenClient.Credentials;
import id.infoloker.gateway.session.AccountTokenClient.SignIn;
import id.infoloker.gateway.session.SessionCookies;
import id.infoloker.gateway.session.SessionDoor;
import id.infoloker.gateway.session.SessionDoors;
import id.infoloker.gateway.problem.Problem;
import id.infoloker.gateway.problem.ProblemResponses;
import id.infoloker.gateway.ratelimit.ClientKeys;
import id.infoloker.gateway.ratelimit.ClientRateLimiter;
import id.infoloker.gateway.ratelimit.RateLimitProperties;
import id.infoloker.gateway.requestid.RequestIdFilter;
import id.infoloker.gateway.tracing.RequestTrace;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The console's sign-in and sign-out, answered by the gateway itself (router functions run before the proxy routes).
 * Signing in asks account-service for a token pair with the person's credentials, keeps only staff tokens and puts
 * both tokens in the console's HttpOnly cookies (the session filter refreshes them while the person works); the
 * browser never sees a token. Signing out revokes the refresh token's family.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLoginHandler {

    private static final Logger log = LoggerFactory.getLogger(ConsoleLoginHandler.class);
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** Sign-ins from the console count against the same per-address budget as {@code POST /api/auth/token}. */
    private static final String RATE_LIMIT_POLICY = "token";

    private final AccountTokenClient account;
    private final ReactiveJwtDecoder jwtDecoder;
    private final SessionCookies cookies;
    private final SessionDoor console;
    private final ServerCsrfTokenRepository csrfTokens;
    private final ClientRateLimiter limiter;
    private final RateLimitProperties rateLimits;
    private final MessageSource messages;
    private final ProblemResponses problems;

    ConsoleLoginHandler(AccountTokenClient account, ReactiveJwtDecoder jwtDecoder, SessionCookies cookies, SessionDoors doors,
                        ServerCsrfTokenRepository csrfTokens, ClientRateLimiter limiter,
                        RateLimitProperties rateLimits, MessageSource messages, ProblemResponses problems) {
        this.account = account;
        this.jwtDecoder = jwtDecoder;
        this.cookies = cookies;
        this.console = doors.console();
        this.csrfTokens = csrfTokens;
        this.limiter = limiter;
        this.rateLimits = rateLimits;
        this.messages = messages;
        this.problems = problems;
    }

    @Bean
    RouterFunction<ServerResponse> consoleLogin() {
        return RouterFunctions.route()
                .GET(ConsolePaths.LOGIN, this::form)
                // Any other body than a form reads as an empty form: the page comes back asking for both fields.
                .POST(ConsolePaths.LOGIN, this::signIn)
                .POST(ConsolePaths.LOGOUT, this::signOut)
                .GET(ConsolePaths.LOGIN_CSS, request -> ServerResponse.ok()
                        .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                        .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600")
                        .bodyValue(LoginPage.CSS))
                // Other methods on the gateway's own paths must not fall through to the console's route.
                .route(RequestPredicates.path(ConsolePaths.LOGIN).or(RequestPredicates.path(ConsolePaths.LOGOUT))
                        .or(RequestPredicates.path(ConsolePaths.LOGIN_CSS)), this::methodNotAllowed)
                .build();
    }

    private Mono<ServerResponse> methodNotAllowed(ServerRequest request) {
        Problem problem = Problem.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed");
        return ServerResponse.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(problems.body(request.exchange(), problem));
    }

    private Mono<ServerResponse> form(ServerRequest request) {
        return page(request, HttpStatus.OK, "", null);
    }

    private Mono<ServerResponse> signIn(ServerRequest request) {
        String requestId = request.exchange().getAttribute(RequestIdFilter.ATTRIBUTE);
        return request.formData().flatMap(form -> {
            String email = trimmed(form, "email");
            String password = form.getFirst("password");
            if (email.isEmpty() || password == null || password.isEmpty()) {
                return page(request, HttpStatus.BAD_REQUEST, email, "console.login.error.missing");
            }
            String client = ClientKeys.addressOf(request.exchange());
            String clientAddress = ClientKeys.address(request.exchange().getRequest().getRemoteAddress());
            Credentials credentials = new Credentials(email, password, trimmed(form, "totpCode"),
                    form.getFirst("newPassword"));
            return limiter.tryAcquire(RATE_LIMIT_POLICY, rateLimits.policy(RATE_LIMIT_POLICY), client)
                    .flatMap(decision -> decision.allowed()
                            ? account.signIn(credentials, clientAddress, requestId)
                                    .flatMap(signIn -> afterSignIn(request, email, signIn, requestId))
                            : page(request, HttpStatus.TOO_MANY_REQUESTS, email, "console.login.error.too-many",
                                    decision.retryAfter()));
        });
    }

    private Mono<ServerResponse> afterSignIn(ServerRequest request, String email, SignIn signIn, String requestId) {
        return switch (signIn.outcome()) {
            case REJECTED -> page(request, HttpStatus.UNAUTHORIZED, email, "console.login.error.credentials");
            case TOO_MANY_ATTEMPTS -> page(request, HttpStatus.TOO_MANY_REQUESTS, email,
                    "console.login.error.too-many");
            case UNAVAILABLE -> page(request, HttpStatus.SERVICE_UNAVAILABLE, email, "console.login.error.unavailable");
            case SECOND_FACTOR_REQUIRED -> page(request, HttpStatus.UNAUTHORIZED, email,
                    "console.login.error.totp-required");
            case SECOND_FACTOR_INVALID -> page(request, HttpStatus.UNAUTHORIZED, email,
                    "console.login.error.totp-invalid");
            case SECOND_FACTOR_ENROLMENT -> page(request, HttpStatus.UNAUTHORIZED, email,
                    "console.login.error.totp-enrol",
                    new LoginPage.Step(false, signIn.totpSecret(), signIn.otpauthUri()), null);
            case PASSWORD_CHANGE_REQUIRED -> page(request, HttpStatus.FORBIDDEN, email,
                    "console.login.error.password-change", new LoginPage.Step(true, null, null), null);
            case NEW_PASSWORD_REFUSED -> page(request, HttpStatus.BAD_REQUEST, email,
                    "console.login.error.new-password", new LoginPage.Step(true, null, null), null);
            case ISSUED -> jwtDecoder.decode(signIn.token().accessToken())
                    .flatMap(jwt -> switch (ConsoleAccessPolicy.decide(jwt)) {
                        case ALLOWED -> signedIn(request, jwt, signIn.token().refreshToken());
                        // Not kept, so not left valid either.
                        case NOT_STAFF -> account.revoke(signIn.token().refreshToken(), requestId)
                                .then(page(request, HttpStatus.FORBIDDEN, email, "console.login.error.not-staff"));
                    })
                    .onErrorResume(error -> {
                        // account-service issued a token the edge cannot verify: a key or issuer mismatch to fix.
                        return RequestTrace.log(() -> log.warn(
                                        "console sign-in: issued token failed validation (request id {}): {}",
                                        requestId, error.getClass().getSimpleName()))
                                .then(account.revoke(signIn.token().refreshToken(), requestId)
                                .then(page(request, HttpStatus.SERVICE_UNAVAILABLE, email,
                                        "console.login.error.unavailable")));
                    });
        };
    }

    /** The session cookies; a fresh CSRF token (none planted before sign-in survives). */
    private Mono<ServerResponse> signedIn(ServerRequest request, Jwt jwt, String refreshToken) {
        return csrfTokens.generateToken(request.exchange())
                .flatMap(fresh -> csrfTokens.saveToken(request.exchange(), fresh))
                .then(ServerResponse.seeOther(URI.create(ConsolePaths.HOME))
                        .cookies(target -> SessionCookies.put(target, cookies.started(console, jwt, refreshToken)))
                        .build());
    }

    private Mono<ServerResponse> signOut(ServerRequest request) {
        String target = LoginPage.isEnglish(locale(request)) ? ConsolePaths.LOGIN + "?lang=en" : ConsolePaths.LOGIN;
        String requestId = request.exchange().getAttribute(RequestIdFilter.ATTRIBUTE);
        return account.revoke(SessionCookies.refreshTokenIn(request.exchange().getRequest(), console), requestId)
                .then(csrfTokens.saveToken(request.exchange(), null))
                .then(ServerResponse.seeOther(URI.create(target))
                        .cookies(jar -> SessionCookies.put(jar, cookies.ended(console)))
                        .build());
    }

    private Mono<ServerResponse> page(ServerRequest request, HttpStatus status, String email, String errorKey) {
        return page(request, status, email, errorKey, LoginPage.Step.NONE, null);
    }

    private Mono<ServerResponse> page(ServerRequest request, HttpStatus status, String email, String errorKey,
                                      Duration retryAfter) {
        return page(request, status, email, errorKey, LoginPage.Step.NONE, retryAfter);
    }

    private Mono<ServerResponse> page(ServerRequest request, HttpStatus status, String email, String errorKey,
                                      LoginPage.Step step, Duration retryAfter) {
        Mono<CsrfToken> token = request.exchange().getAttribute(CsrfToken.class.getName());
        Mono<String> tokenValue = token == null ? Mono.just("") : token.map(CsrfToken::getToken).defaultIfEmpty("");
        return tokenValue.flatMap(csrf -> ServerResponse.status(status)
                .contentType(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .headers(headers -> {
                    if (retryAfter != null) {
                        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1,
                                retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0))));
                    }
                })
                .bodyValue(LoginPage.render(messages, locale(request), csrf, email, errorKey, step)));
    }

    /** {@code ?lang=en|id} first (the language link on the page), else the browser's Accept-Language. */
    private static Locale locale(ServerRequest request) {
        String lang = request.queryParam("lang").orElse("");
        if ("en".equals(lang)) {
            return Locale.ENGLISH;
        }
        if ("id".equals(lang)) {
            return LoginPage.INDONESIAN;
        }
        Locale fromHeader = request.exchange().getLocaleContext().getLocale();
        return fromHeader == null ? LoginPage.INDONESIAN : fromHeader;
    }

    private static String trimmed(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
