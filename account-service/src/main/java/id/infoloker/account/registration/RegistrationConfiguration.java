package id.infoloker.account.registration;

import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class RegistrationConfiguration {

    @Bean
    KecamatanCatalog kecamatanCatalog(RegencyProperties regency) {
        return KecamatanCatalog.load(regency.kecamatanFile());
    }

    /** Anyone may register; nobody can register as staff (there is no endpoint for it). */
    @Bean
    ServiceAuthorizationRules registrationIsPublic() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/accounts/job-seekers", "/api/accounts/employers").permitAll();
    }
}
