package id.infoloker.vacancy.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import id.infoloker.kit.security.Roles;
import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what, by role. Whether the caller is verified, and whether the vacancy or application is theirs, is
 * decided by the services (403 / 404), because the token knows neither.
 */
@Configuration(proxyBeanMethods = false)
class VacancyAuthorizationRules {

    @Bean
    ServiceAuthorizationRules vacancyRules() {
        return rules -> rules
                .requestMatchers(GET, "/api/vacancies/own").hasRole(Roles.EMPLOYER)
                .requestMatchers(GET, "/api/vacancies/review-queue").hasRole(Roles.ADMIN)
                .requestMatchers("/api/moderation/**").hasRole(Roles.ADMIN)
                // "Laporkan lowongan" is open to anyone, signed in or not (rate-limited by the service).
                .requestMatchers(POST, "/api/vacancies/*/reports").permitAll()
                .requestMatchers(POST, "/api/vacancies/*/extend").hasRole(Roles.EMPLOYER)
                .requestMatchers(POST, "/api/vacancies/*/review").hasRole(Roles.ADMIN)
                .requestMatchers(GET, "/api/vacancies/*/applications").hasRole(Roles.EMPLOYER)
                .requestMatchers(POST, "/api/vacancies/*/applications").hasRole(Roles.JOB_SEEKER)
                .requestMatchers(POST, "/api/vacancies", "/api/vacancies/*/publish", "/api/vacancies/*/close")
                .hasRole(Roles.EMPLOYER)
                .requestMatchers(PUT, "/api/vacancies/*").hasRole(Roles.EMPLOYER)
                // Anyone may search and read published vacancies: job seekers look before they register.
                .requestMatchers(GET, "/api/vacancies", "/api/vacancies/*").permitAll()
                .requestMatchers(GET, "/api/applications/mine").hasRole(Roles.JOB_SEEKER)
                // Every person may read what this service holds about them (UU PDP), job seeker or employer.
                .requestMatchers(GET, "/api/applications/mine/export").authenticated()
                .requestMatchers(GET, "/api/applications/rejection-reasons").permitAll()
                // The job seeker or the vacancy's employer; which of them owns this application the service decides.
                .requestMatchers(GET, "/api/applications/*", "/api/applications/*/interview.ics")
                .hasAnyRole(Roles.JOB_SEEKER, Roles.EMPLOYER)
                .requestMatchers(POST, "/api/applications/*/status", "/api/applications/*/interview",
                        "/api/applications/*/reject").hasRole(Roles.EMPLOYER)
                .requestMatchers(POST, "/api/applications/*/withdraw").hasRole(Roles.JOB_SEEKER);
    }
}
