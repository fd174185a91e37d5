package id.infoloker.account.auth;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    @Bean
    ServiceAuthorizationRules tokenEndpointsArePublic() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/refresh", "/api/auth/logout")
                .permitAll();
    }
}
