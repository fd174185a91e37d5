package id.infoloker.kit.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's own access rules, applied before the kit's final "everything else needs a valid token". Declare one as a
 * bean, e.g. {@code rules -> rules.requestMatchers(POST, "/api/accounts/job-seekers").permitAll()}.
 */
@FunctionalInterface
public interface ServiceAuthorizationRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
