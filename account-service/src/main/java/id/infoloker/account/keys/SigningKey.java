package id.infoloker.account.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/** The platform's token signing key pair (RS256). Only the public half ever leaves this service, through the JWKS. */
public final class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final RSAKey key;

    private SigningKey(RSAKey key) {
        this.key = key;
    }

    /** From configuration; or generated, if allowed, when no key location is configured. */
    public static SigningKey from(JwtProperties properties) {
        if (properties.privateKeyLocation() != null) {
            return new SigningKey(readPkcs8(properties.privateKeyLocation(), properties.keyId()));
        }
        if (!properties.allowGeneratedKey()) {
            throw new IllegalStateException("No token signing key: set infoloker.jwt.private-key-location to a PKCS#8 "
                    + "PEM RSA private key (or infoloker.jwt.allow-generated-key=true for tests only)");
        }
        log.warn("No infoloker.jwt.private-key-location set: generated a throw-away RSA signing key. Tokens will not "
                + "survive a restart and other instances cannot verify them. Never do this in production.");
        return generate("generated-" + UUID.randomUUID());
    }

    static SigningKey generate(String keyId) {
        try {
            return new SigningKey(new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA key", e);
        }
    }

    static RSAKey readPkcs8(Resource location, String keyId) {
        String pem;
        try (InputStream in = location.getInputStream()) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read token signing key " + location.getDescription(), e);
        }
        if (pem.contains("BEGIN RSA PRIVATE KEY")) {
            throw new IllegalStateException("Token signing key " + location.getDescription() + " is PKCS#1; convert it "
                    + "with: openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem");
        }
        int begin = pem.indexOf("-----BEGIN PRIVATE KEY-----");
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("Token signing key " + location.getDescription()
                    + " is not a PKCS#8 PEM private key (-----BEGIN PRIVATE KEY-----)");
        }
        String base64 = pem.substring(begin + "-----BEGIN PRIVATE KEY-----".length(), end).replaceAll("\\s", "");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            if (!(rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)))
                    instanceof RSAPrivateCrtKey privateKey)) {
                throw new IllegalStateException("Token signing key " + location.getDescription()
                        + " lacks the CRT parameters needed to derive its public key");
            }
            RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            if (publicKey.getModulus().bitLength() < 2048) {
                throw new IllegalStateException("Token signing key must have at least 2048 bits");
            }
            return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(keyId).keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256).build();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Token signing key " + location.getDescription()
                    + " is not a readable RSA private key", e);
        }
    }

    public String keyId() {
        return key.getKeyID();
    }

    /** Public and private halves, for the encoder. */
    RSAKey rsaKey() {
        return key;
    }

    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The public JWK set to publish; never contains private parameters. */
    public JWKSet publicJwkSet() {
        return new JWKSet(key.toPublicJWK());
    }
}
