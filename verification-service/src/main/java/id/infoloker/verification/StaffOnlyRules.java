package id.infoloker.verification;

import id.infoloker.kit.security.Roles;
import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class StaffOnlyRules {

    /**
     * The queue is office work: only verifiers and administrators. Owners reading their own status and queue position
     * will get their own, narrower paths when that feature comes.
     */
    @Bean
    ServiceAuthorizationRules verificationIsForStaff() {
        return rules -> rules.requestMatchers("/api/verification/**").hasAnyRole(Roles.VERIFIER, Roles.ADMIN);
    }
}
