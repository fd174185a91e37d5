package id.infoloker.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;

/**
 * A fresh RSA key pair for account-service to sign tokens with, like the Kubernetes Secret in production. A new key
 * per run: tokens of an earlier run are worthless, as they should be after the data they refer to was wiped.
 *
 * @param privateKey PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----})
 * @param keyId      the {@code kid} published in the JWKS
 */
public record JwtSigningKey(Path privateKey, Path publicKey, String keyId) {

    static JwtSigningKey generate(Path directory, Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(directory);
            Path privateKey = directory.resolve("private.pem");
            Path publicKey = directory.resolve("public.pem");
            // getEncoded() of an RSA private key is PKCS#8, of a public key X.509 SubjectPublicKeyInfo.
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            return new JwtSigningKey(privateKey, publicKey, "devstack-" + now.getEpochSecond());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has RSA", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the JWT key to " + directory, e);
        }
    }

    static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }
}
