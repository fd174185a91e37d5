package id.infoloker.vacancy.search;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class PublicSearchRules {

    /** Anyone may search vacancies: job seekers look before they register. */
    @Bean
    ServiceAuthorizationRules publicVacancySearch() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/api/vacancies", "/api/vacancies/**").permitAll();
    }
}
