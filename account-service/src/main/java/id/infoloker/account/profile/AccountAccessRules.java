package id.infoloker.account.profile;

import id.infoloker.kit.security.Roles;
import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may use which {@code /api/accounts} path, in one place because the order matters: {@code /api/accounts/me/...}
 * must be decided before {@code /api/accounts/{id}/...} would match "me" as an id. Registration is public
 * (registration.RegistrationConfiguration); everything not named here needs a valid token.
 */
@Configuration(proxyBeanMethods = false)
class AccountAccessRules {

    @Bean
    ServiceAuthorizationRules accountPaths() {
        return rules -> rules
                // An employer's reads of its own applicants (which ones: applicants.ApplicantReads decides).
                .requestMatchers(HttpMethod.GET, "/api/accounts/applicants/**").hasRole(Roles.EMPLOYER)
                .requestMatchers("/api/accounts/me/career-profile").hasRole(Roles.JOB_SEEKER)
                // Documents belong to job seekers and employers; staff have none.
                .requestMatchers("/api/accounts/me/documents", "/api/accounts/me/documents/**")
                .hasAnyRole(Roles.JOB_SEEKER, Roles.EMPLOYER)
                // The AK/1 card is a job seeker's.
                .requestMatchers("/api/accounts/me/ak1", "/api/accounts/me/ak1/**").hasRole(Roles.JOB_SEEKER)
                // Staff have no personal data to erase here; their accounts are managed by an ADMIN.
                .requestMatchers(HttpMethod.DELETE, "/api/accounts/me").hasAnyRole(Roles.JOB_SEEKER, Roles.EMPLOYER)
                // A second factor is for staff; job seekers and employers sign in with their password.
                .requestMatchers("/api/accounts/me/second-factor", "/api/accounts/me/second-factor/**")
                .hasAnyRole(Roles.VERIFIER, Roles.ADMIN)
                // Address, education and identity are a job seeker's profile; employers and staff have none here.
                .requestMatchers(HttpMethod.PUT, "/api/accounts/me/profile").hasRole(Roles.JOB_SEEKER)
                .requestMatchers(HttpMethod.POST, "/api/accounts/me/identity-correction").hasRole(Roles.JOB_SEEKER)
                .requestMatchers("/api/accounts/me", "/api/accounts/me/**").authenticated()
                // Before GET /api/accounts/*, which would take "staff" for an account id.
                .requestMatchers("/api/accounts/staff", "/api/accounts/staff/**").hasRole(Roles.ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/accounts/*", "/api/accounts/*/documents",
                        "/api/accounts/*/documents/*").hasAnyRole(Roles.VERIFIER, Roles.ADMIN);
    }
}
