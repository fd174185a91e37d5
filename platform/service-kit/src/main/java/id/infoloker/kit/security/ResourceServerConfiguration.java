package id.infoloker.kit.security;

import id.infoloker.kit.problem.ProblemMessages;
import id.infoloker.kit.security.revocation.NotRevokedValidator;
import id.infoloker.kit.security.revocation.RevocationConfiguration;
import java.time.Clock;
import java.time.InstantSource;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server (defence in depth behind the gateway): tokens are checked against the
 * account service's JWKS and issuer, the {@code roles} claim becomes Spring Security roles, and the token's subject is
 * the account id. Revoked tokens (logout, a revoked refresh family, suspension, erasure) are refused within seconds,
 * not at expiry ({@link RevocationConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
@Import(RevocationConfiguration.class)
public class ResourceServerConfiguration {

    static final String[] PUBLIC_INFRASTRUCTURE = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/error"
    };

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties, NotRevokedValidator notRevoked) {
        NimbusJwtDecoder decoder = readingKeysFrom(properties.jwksUri(), Clock.systemUTC());
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer()), notRevoked));
        return decoder;
    }

    /** Checks signatures with the keys of the JWKS at {@code jwksUri}, kept in a {@link JwkSetCache}. */
    static NimbusJwtDecoder readingKeysFrom(String jwksUri, InstantSource clock) {
        return NimbusJwtDecoder.withJwkSetUri(jwksUri).cache(new JwkSetCache(clock)).build();
    }

    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Roles.CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    @Bean
    ProblemSecurityResponses problemSecurityResponses(ProblemMessages problems, LocaleResolver localeResolver,
                                                      JsonMapper json) {
        return new ProblemSecurityResponses(problems, localeResolver, json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurity(HttpSecurity http, ObjectProvider<ServiceAuthorizationRules> serviceRules,
                                        JwtAuthenticationConverter tokens, ProblemSecurityResponses problems) {
        List<ServiceAuthorizationRules> rules = serviceRules.orderedStream().toList();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> {
                    authorize.requestMatchers(PUBLIC_INFRASTRUCTURE).permitAll();
                    rules.forEach(rule -> rule.configure(authorize));
                    authorize.anyRequest().authenticated();
                    authorize.withObjectPostProcessor(HeadAuthorizedAsGet.FOR_ALL_RULES);
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(tokens))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    WebMvcConfigurer authenticatedAccountParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new AuthenticatedAccountArgumentResolver());
            }
        };
    }
}
