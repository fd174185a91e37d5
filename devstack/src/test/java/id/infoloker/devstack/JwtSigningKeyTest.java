package id.infoloker.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSigningKeyTest {

    @Test
    void writesAnRsa2048KeyPairAsPemThatJavaReadsBack(@TempDir Path directory) throws Exception {
        JwtSigningKey key = JwtSigningKey.generate(directory, Instant.ofEpochSecond(1_800_000_000L));

        assertThat(key.keyId()).isEqualTo("devstack-1800000000");
        assertThat(key.privateKey()).isEqualTo(directory.resolve("private.pem"));
        String pem = Files.readString(key.privateKey());
        assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
        assertThat(pem.lines()).allMatch(line -> line.length() <= 64);

        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(
                new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(
                new X509EncodedKeySpec(der(Files.readString(key.publicKey()), "PUBLIC KEY")));
        assertThat(privateKey.getModulus().bitLength()).isEqualTo(2048);
        assertThat(publicKey.getModulus()).isEqualTo(privateKey.getModulus());
    }

    private static byte[] der(String pem, String type) {
        return Base64.getMimeDecoder().decode(pem
                .replace("-----BEGIN " + type + "-----", "")
                .replace("-----END " + type + "-----", ""));
    }
}
