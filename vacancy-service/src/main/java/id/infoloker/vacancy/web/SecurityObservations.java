package id.infoloker.vacancy.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * No Micrometer observation per security filter and per request: Spring Security records one by default when a registry
 * is present, and on the public search path (issue 17, JFR on the gateway) such timers were a fifth of the CPU.
 * Requests stay measured once, by {@code http.server.requests}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
