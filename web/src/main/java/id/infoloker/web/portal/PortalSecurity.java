package id.infoloker.web.portal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * The portal's security: the bearer token the gateway made out of the session cookie is checked here again (JWKS +
 * issuer); personal pages send an anonymous visitor to "Masuk" and back; every form carries a CSRF token
 * (double-submit {@code XSRF-TOKEN} cookie, the same cookie the gateway's own forms use, plain {@code _csrf} field so
 * forms work without JavaScript); no server session; a strict Content-Security-Policy with no third-party origin.
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurity {

    /** Everything from this origin; no inline script; images may be previews made in the browser (data:/blob:). */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    @Bean
    JwtDecoder jwtDecoder(@Value("${infoloker.security.jwks-uri}") String jwksUri,
                          @Value("${infoloker.security.issuer:infoloker}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUri).build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
        return decoder;
    }

    /** Double-submit: the token in a cookie the page may read (the portal script sends it as X-XSRF-TOKEN). */
    @Bean
    CsrfTokenRepository portalCsrfTokens(PortalProperties portal) {
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict").secure(portal.secureCookie()).path("/"));
        return csrfTokens;
    }

    @Bean
    SecurityFilterChain portal(HttpSecurity http, CsrfTokenRepository csrfTokens) throws Exception {
        // Raw tokens (not BREACH-masked): the value in the form equals the cookie, as the gateway's forms expect.
        CsrfTokenRequestAttributeHandler plainTokens = new CsrfTokenRequestAttributeHandler();

        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter tokens = new JwtAuthenticationConverter();
        tokens.setJwtGrantedAuthoritiesConverter(roles);

        http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(plainTokens)
                        // Spring drops the token whenever a request authenticates without a session, i.e. at every
                        // request with the gateway's bearer token: the page's second upload would find none. The
                        // token lives as long as the session instead; web drops it at sign-in (SessionHandoff).
                        .sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy())
                        // The resource server exempts requests with a bearer token from CSRF, because an API client's
                        // token cannot be sent cross-site. Here it can: the gateway makes the bearer token out of the
                        // session cookie, which the browser attaches to a forged form too. Every state-changing
                        // request must carry the token, signed in or not.
                        .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                            @Override
                            public <O extends CsrfFilter> O postProcess(O filter) {
                                filter.setRequireCsrfProtectionMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER);
                                return filter;
                            }
                        }))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .cacheControl(cache -> cache.disable()) // CachePolicy decides, page by page
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
                .authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PersonalPages.EMPLOYER_PATTERNS).hasRole("EMPLOYER")
                        .requestMatchers(PersonalPages.JOB_SEEKER_PATTERNS).hasRole("JOB_SEEKER")
                        .requestMatchers(PersonalPages.PATTERNS).authenticated()
                        .anyRequest().permitAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(signIn()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(signIn())
                        .accessDeniedHandler((request, response, denied) -> {
                            WrongAccountType.explain(request, denied);
                            response.sendError(HttpStatus.FORBIDDEN.value());
                        }));
        return http.build();
    }

    /** A personal page asked for without a sign-in: to "Masuk", which brings the person back here afterwards. */
    private static AuthenticationEntryPoint signIn() {
        return (HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException e) -> redirectToSignIn(request, response);
    }

    static void redirectToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String back = "GET".equals(request.getMethod()) ? request.getRequestURI() : referrerPath(request);
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CachePolicy.PRIVATE);
        response.setHeader(HttpHeaders.LOCATION, "/masuk?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
    }

    private static String referrerPath(HttpServletRequest request) {
        // A POST (e.g. "Lamar") cannot be replayed after the sign-in; coming back to its page is the next best.
        String uri = request.getRequestURI();
        return uri.endsWith("/lamar") ? uri.substring(0, uri.length() - "/lamar".length()) : "/";
    }

    /** ETag and 304 for every page a shared cache may keep (it skips {@code no-store} answers by itself). */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/*");
        return registration;
    }

}
