package id.infoloker.testkit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * For services that only consume tokens: accept tokens signed by {@link TestTokens} (same issuer and claims as the
 * account service's), instead of fetching a JWKS from an account service that is not running. The service's own token
 * validators (the kit's refusal of revoked tokens) still apply.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTokensConfiguration {

    @Bean
    JwtDecoder jwtDecoder(ObjectProvider<OAuth2TokenValidator<Jwt>> serviceValidators) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(TestTokens.publicKey()).build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(TestTokens.ISSUER));
        serviceValidators.orderedStream().forEach(validators::add);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
