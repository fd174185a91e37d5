package id.infoloker.account.keys;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import id.infoloker.kit.security.SecurityProperties;
import id.infoloker.kit.security.revocation.NotRevokedValidator;
import id.infoloker.kit.security.ServiceAuthorizationRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * This service owns the signing key. It verifies tokens with its own public key rather than by fetching its own JWKS
 * over HTTP (which would fail while it starts), and replaces the kit's JWKS-based decoder.
 */
@Configuration(proxyBeanMethods = false)
class KeysConfiguration {

    @Bean
    SigningKey signingKey(JwtProperties properties) {
        return SigningKey.from(properties);
    }

    @Bean
    JwtEncoder jwtEncoder(SigningKey key) {
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key.rsaKey())));
    }

    @Bean
    JwtDecoder jwtDecoder(SigningKey key, SecurityProperties security, NotRevokedValidator notRevoked) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(key.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(security.issuer()), notRevoked));
        return decoder;
    }

    @Bean
    ServiceAuthorizationRules jwksIsPublic() {
        return rules -> rules.requestMatchers(HttpMethod.GET, "/.well-known/jwks.json").permitAll();
    }
}
