package id.infoloker.kit.privacy;

import id.infoloker.kit.security.SecurityProperties;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Erasure and crypto-shredding for every service: the erased-accounts register, and the seals with keys looked up at
 * the account service (which declares its own {@link PersonalDataKeys}, the keys' owner).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyConfiguration {

    @Bean
    ErasedAccounts erasedAccounts(NamedParameterJdbcTemplate jdbc) {
        return new ErasedAccounts(jdbc);
    }

    /** Lazy: a service that never opens a sealed event (the gateway-facing web, tests without Kafka) needs no secret. */
    @Bean
    @Lazy
    @ConditionalOnMissingBean(PersonalDataKeys.class)
    PersonalDataKeys remotePersonalDataKeys(PrivacyProperties properties, SecurityProperties security) {
        String url = properties.keyServiceUrl();
        if (url == null || url.isBlank()) {
            URI jwks = URI.create(security.jwksUri());
            url = jwks.getScheme() + "://" + jwks.getRawAuthority();
        }
        return new RemotePersonalDataKeys(properties, url);
    }

    @Bean
    PersonalDataSeals personalDataSeals(@Lazy PersonalDataKeys keys, JsonMapper json) {
        return new PersonalDataSeals(keys, json);
    }
}
