package id.infoloker.gateway.security;

import id.infoloker.gateway.console.ConsoleCsrf;
import id.infoloker.gateway.console.ConsoleLoginRedirect;
import id.infoloker.gateway.console.ConsolePaths;
import id.infoloker.gateway.portal.SignOutRefusedPage;
import id.infoloker.gateway.problem.Problem;
import id.infoloker.gateway.problem.ProblemResponses;
import id.infoloker.gateway.session.SessionCookies;
import id.infoloker.gateway.session.SessionDoors;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.MatcherSecurityWebFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.CorsWebFilter;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * JWT check at the edge. The services check the token again (defence in depth) and decide roles; the gateway only
 * refuses requests to non-public API paths that carry no valid token, so forged or expired tokens never reach a service
 * behind such a path. Public reads (GET and HEAD of {@link #PUBLIC_READS}) go through a chain of their own without the
 * token check: whoever asks gets the same answer at the edge, and the service still refuses a bad token it is sent.
 */
@Configuration(proxyBeanMethods = false)
public class EdgeSecurityConfiguration {

    /**
     * The security headers of every answer, in both chains; HSTS (on https only) for a year, subdomains included. Not
     * a bean: WebFlux would also put a WebFilter bean in its own chain, and it would run twice.
     */
    private static final SecurityHeaders SECURITY_HEADERS = new SecurityHeaders(Duration.ofDays(365));

    /** Open to anyone; everything else under /api and /console needs a valid access token. */
    static final String[] PUBLIC_PATHS = {
        "/api/auth/**", "/.well-known/jwks.json",
        ConsolePaths.LOGIN, ConsolePaths.LOGOUT, ConsolePaths.LOGIN_CSS, "/console/assets/**", "/console/css/**", "/console/js/**", "/console/webjars/**",
        "/console/favicon.ico"
    };
    static final String[] PUBLIC_REGISTRATION = {"/api/accounts/job-seekers", "/api/accounts/employers"};
    /** Vacancies for everyone; an AK/1 card's public check (validity and initials only) for whoever holds the card. */
    static final String[] PUBLIC_READS = {"/api/vacancies/**", "/api/ak1/*"};
    /** "Laporkan lowongan" is open to anyone; vacancy-service rate-limits reports per account or client address. */
    static final String[] PUBLIC_REPORTS = {"/api/vacancies/*/reports"};
    /** "Laporkan masalah / saran" is open to anonymous visitors; a token, when sent, makes it repliable. */
    static final String[] PUBLIC_FEEDBACK = {"/api/feedback"};

    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(
                new JwkSetSource(WebClient.create(), properties.jwksUri().toString(), Clock.systemUTC())).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return new VerifiedTokenCache(decoder, Clock.systemUTC(), Duration.ofMinutes(5), 10_000);
    }

    /**
     * No Micrometer observation per security filter and per request (Spring Security's default when a registry is
     * present): profiled under load (JFR, issue 17) it cost about a fifth of the gateway's CPU on public GETs, for
     * timers nobody reads. Requests stay measured once, by the server's own {@code http.server.requests}.
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ProblemResponses problems) {
        return new ProblemSecurityResponses(problems);
    }

    /**
     * Public reads: security headers and CORS, nothing else. Without this chain every GET of a vacancy that carried a
     * token paid for Spring Security's bearer authentication, CSRF and authorization filters only to be let through
     * anyway (permitAll); measured under load (issue 17, docs/benchmarks.md) that was about a tenth of the gateway's
     * CPU on the most common authenticated request. Spring Security's firewall still runs for every request: it sits
     * in front of all chains.
     *
     * <p>Two filters and no more, the same as the other chain's: {@link SecurityHeaders} and CORS from the same
     * configuration source (what {@code ServerHttpSecurity}'s CORS spec builds from it). What
     * {@code ServerHttpSecurity} always adds (a security context in the Reactor context, the exchange wrapped to expose
     * it, a request cache lookup) would be set up on every public read for a request that is never authenticated here:
     * side by side, about 9 % of the gateway's CPU on an uncached GET (issue 17).
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityWebFilterChain publicReads(CorsConfigurationSource cors) {
        return new MatcherSecurityWebFilterChain(new PublicReads(PUBLIC_READS),
                List.of(SECURITY_HEADERS, new CorsWebFilter(cors)));
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
                                        ProblemSecurityResponses problems, CorsConfigurationSource cors,
                                        ServerCsrfTokenRepository csrfTokens, SessionCookies sessionCookies,
                                        SessionDoors doors, ProblemResponses problemResponses,
                                        MessageSource messages) {
        ServerAuthenticationEntryPoint entryPoint = entryPoint(problems, sessionCookies, doors);
        // Only requests the console cookie authenticates and the gateway's own forms need a CSRF token here; bearer-token
        // clients are exempt, and portal requests are checked by web itself.
        http.csrf(csrf -> csrf
                        .csrfTokenRepository(csrfTokens)
                        .requireCsrfProtectionMatcher(ConsoleCsrf.requiresToken())
                        .csrfTokenRequestHandler(ConsoleCsrf.requestHandler())
                        // The portal's sign-out is a plain HTML form: a person gets a page, API clients a problem.
                        .accessDeniedHandler((exchange, denied) -> SignOutRefusedPage.isFor(exchange)
                                ? SignOutRefusedPage.write(exchange, messages)
                                : problemResponses.write(exchange, Problem.of(HttpStatus.FORBIDDEN,
                                        "csrf-token-invalid"))))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, PUBLIC_REGISTRATION).permitAll()
                        .pathMatchers(HttpMethod.POST, PUBLIC_REPORTS).permitAll()
                        .pathMatchers(HttpMethod.POST, PUBLIC_FEEDBACK).permitAll()
                        .pathMatchers(PUBLIC_PATHS).permitAll()
                        .pathMatchers("/api/**", "/console/**").authenticated()
                        // The portal (web decides which of its pages need a sign-in); unknown non-API paths are
                        // web's too. /actuator/** matches no route: 404 (actuator lives on the management port).
                        .anyExchange().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(problems));
        return stateless(http, cors).build();
    }

    /**
     * The edge chain's ground rules: no session, no saved request, no browser login forms (the console's sign-in is
     * the gateway's own handler), CORS, and the security headers of every answer ({@link SecurityHeaders}, as in the
     * public-reads chain, in place of Spring Security's own header writers).
     */
    private static ServerHttpSecurity stateless(ServerHttpSecurity http, CorsConfigurationSource cors) {
        return http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(cors))
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .addFilterAt(SECURITY_HEADERS, SecurityWebFiltersOrder.HTTP_HEADERS_WRITER);
    }

    /**
     * A person on a console page (browser HTML, the console's htmx, or the console cookie) without a valid token is
     * sent to the login page; API clients get 401 problem+json.
     */
    private static DelegatingServerAuthenticationEntryPoint entryPoint(ProblemSecurityResponses problems,
                                                                       SessionCookies cookies, SessionDoors doors) {
        MediaTypeServerWebExchangeMatcher html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        DelegateEntry consolePage = new DelegateEntry(ConsoleLoginRedirect.consolePageRequest(html),
                new ConsoleLoginRedirect(cookies, doors.console()));
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(consolePage);
        entryPoint.setDefaultEntryPoint(problems);
        return entryPoint;
    }

    /**
     * Spring Security's firewall refuses requests like encoded slashes or dot segments (path tricks towards a
     * service's internals); answer those as problem+json too.
     */
    @Bean
    ServerExchangeRejectedHandler problemExchangeRejectedHandler(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, Problem.of(HttpStatus.BAD_REQUEST, "bad-request"));
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
        CorsConfiguration api = new CorsConfiguration();
        api.setAllowedOrigins(properties.corsAllowedOrigins());
        api.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        api.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Accept-Language", "X-Request-Id"));
        api.setExposedHeaders(List.of("X-Request-Id", "Retry-After", "Location"));
        // Bearer tokens, not cookies, cross origins: no credentials. The console is same-origin.
        api.setAllowCredentials(false);
        api.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", api);
        source.registerCorsConfiguration("/.well-known/jwks.json", api);
        return source;
    }
}
