package id.infoloker.verification;

import id.infoloker.kit.security.Roles;
import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StaffOnlyRules {

    /**
     * The queue and the console are office work: only verifiers and administrators. An owner reads their own case at
     * /api/verification/me with any valid token. The console's static files are public (the gateway serves the login
     * page with them before anyone has a token).
     */
    @Bean
    ServiceAuthorizationRules verificationIsForStaff() {
        return rules -> rules
                .requestMatchers("/console/css/**", "/console/js/**", "/console/webjars/**", "/console/assets/**",
                        "/console/favicon.ico").permitAll()
                .requestMatchers("/api/verification/me", "/api/verification/me/export").authenticated()
                .requestMatchers("/api/verification/**", "/console", "/console/**")
                .hasAnyRole(Roles.VERIFIER, Roles.ADMIN);
    }
}
