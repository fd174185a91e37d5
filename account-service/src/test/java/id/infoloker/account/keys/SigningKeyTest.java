package id.infoloker.account.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

class SigningKeyTest {

    @Test
    void readsAPkcs8PemKeyAndDerivesItsPublicHalf() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";

        SigningKey key = SigningKey.from(properties(new ByteArrayResource(pem.getBytes(StandardCharsets.US_ASCII)),
                false));

        assertThat(key.keyId()).isEqualTo("infoloker-test-1");
        assertThat(key.publicKey()).isEqualTo(pair.getPublic());
        assertThat(key.publicJwkSet().getKeys()).singleElement()
                .satisfies(jwk -> assertThat(jwk.isPrivate()).isFalse());
    }

    @Test
    void refusesToStartWithoutAKeyUnlessGeneratingIsAllowed() {
        assertThatThrownBy(() -> SigningKey.from(properties(null, false)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("infoloker.jwt.private-key-location");
        assertThat(SigningKey.from(properties(null, true)).keyId()).startsWith("generated-");
    }

    @Test
    void explainsHowToConvertAPkcs1Key() {
        ByteArrayResource pkcs1 = new ByteArrayResource(
                "-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----\n".getBytes(
                        StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> SigningKey.from(properties(pkcs1, false))).hasMessageContaining("openssl pkcs8");
    }

    private static JwtProperties properties(org.springframework.core.io.Resource location, boolean allowGenerated) {
        return new JwtProperties(location, "infoloker-test-1", allowGenerated, Duration.ofMinutes(15),
                Duration.ofDays(14));
    }
}
