package id.infoloker.account.auth;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRoles;
import id.infoloker.account.keys.JwtProperties;
import id.infoloker.account.keys.SigningKey;
import id.infoloker.kit.security.Roles;
import id.infoloker.kit.security.SecurityProperties;
import id.infoloker.kit.security.revocation.NotRevokedValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/**
 * Short-lived RS256 access tokens: {@code iss} infoloker, {@code sub} the account id, {@code roles}, {@code sid} the
 * session (refresh family) and {@code iat_ms}, so that the services can refuse a revoked session's tokens at once. Whether the
 * account is verified is deliberately not in the token; services read it from their projection of
 * {@code account.status-changed.v1}, which stays current while a token lives.
 */
@Component
class AccessTokens {

    record Issued(String token, long expiresInSeconds) {

        @Override
        public String toString() {
            return "Issued[token=<hidden>]";
        }
    }

    private final JwtEncoder encoder;
    private final SigningKey key;
    private final JwtProperties properties;
    private final String issuer;
    private final Clock clock;

    AccessTokens(JwtEncoder encoder, SigningKey key, JwtProperties properties, SecurityProperties security,
                 Clock clock) {
        this.encoder = encoder;
        this.key = key;
        this.properties = properties;
        this.issuer = security.issuer();
        this.clock = clock;
    }

    Issued issue(Account account, UUID sessionId) {
        Instant now = Instant.now(clock);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(account.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(properties.accessTokenTtl()))
                .id(UUID.randomUUID().toString())
                .claim(Roles.CLAIM, AccountRoles.of(account))
                .claim(NotRevokedValidator.SESSION_CLAIM, sessionId.toString())
                .claim(NotRevokedValidator.ISSUED_AT_MILLIS_CLAIM, now.toEpochMilli())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.keyId()).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new Issued(token, properties.accessTokenTtl().toSeconds());
    }
}
