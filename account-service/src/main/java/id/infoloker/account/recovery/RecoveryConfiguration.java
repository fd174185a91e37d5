package id.infoloker.account.recovery;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RecoveryConfiguration {

    /** Whoever forgot their password has no token: asking for and confirming a reset code are public. */
    @Bean
    ServiceAuthorizationRules passwordResetIsPublic() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/auth/password-reset", "/api/auth/password-reset/confirm")
                .permitAll();
    }
}
