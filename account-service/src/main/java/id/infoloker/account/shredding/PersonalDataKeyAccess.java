package id.infoloker.account.shredding;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The key lookup is authenticated by the services' shared secret (checked by the controller), not a user's token. */
@Configuration(proxyBeanMethods = false)
class PersonalDataKeyAccess {

    @Bean
    ServiceAuthorizationRules personalDataKeyPath() {
        return rules -> rules.requestMatchers(HttpMethod.POST, "/internal/personal-data-keys").permitAll();
    }
}
