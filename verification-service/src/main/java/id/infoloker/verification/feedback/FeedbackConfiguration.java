package id.infoloker.verification.feedback;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    /** Anybody may tell the office something (POST only: there is nothing else there); a token makes it repliable. */
    @Bean
    ServiceAuthorizationRules feedbackIsOpen() {
        return rules -> rules.requestMatchers("/api/feedback").permitAll();
    }
}
