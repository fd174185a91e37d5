package id.infoloker.kit.testapp;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublicTestEndpoints {

    @Bean
    ServiceAuthorizationRules testEndpointsArePublic() {
        return rules -> rules.requestMatchers("/api/test/**").permitAll();
    }
}
