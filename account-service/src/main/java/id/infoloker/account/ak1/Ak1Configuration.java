package id.infoloker.account.ak1;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class Ak1Configuration {

    /** Anyone holding a card (an employer, a placement agency) may check it; the answer carries no personal data. */
    @Bean
    ServiceAuthorizationRules ak1CheckIsPublic() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/ak1/*").permitAll();
    }
}
