package id.infoloker.account.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
    static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest
    @CsvSource({
        "59, 94287082",
        "1111111109, 07081804",
        "1111111111, 14050471",
        "1234567890, 89005924",
        "2000000000, 69279037",
        "20000000000, 65353130"})
    void theRfc6238TestVectorsForSha1(long unixSeconds, String expected) {
        long step = Totp.stepAt(Instant.ofEpochSecond(unixSeconds));

        assertThat(Totp.code(RFC_SEED, step, 8)).isEqualTo(expected);
        // Six digits, as authenticator apps show them: the same number modulo 10^6.
        assertThat(Totp.code(RFC_SEED, step, 6)).isEqualTo(expected.substring(2));
    }

    @Test
    void aCodeIsAcceptedOneStepEitherSideAndNoFurther() {
        Instant now = Instant.ofEpochSecond(1111111111);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step, 6), now)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 1, 6), now)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 1, 6), now)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step - 2, 6), now)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SEED, Totp.code(RFC_SEED, step + 2, 6), now)).isEmpty();
    }

    @Test
    void anythingButSixDigitsIsNoCode() {
        Instant now = Instant.ofEpochSecond(59);
        for (String notACode : new String[] {null, "", "94287", "9428708", "28708 ", "abcdef", "٢٨٧٠٨٢"}) {
            assertThat(Totp.matchingStep(RFC_SEED, notACode, now)).isEmpty();
        }
    }

    @Test
    void secretsAreShownInRfc4648Base32WithoutPadding() {
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(RFC_SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
