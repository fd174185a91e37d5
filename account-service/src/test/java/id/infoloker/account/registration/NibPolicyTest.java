package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NibPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"9120001234567", "9120 0012 3456 7", "9120-001-234-567", " 9120001234567 "})
    void thirteenDigitsInAnySpellingAreOneNib(String typed) {
        assertThat(NibPolicy.normalize(typed)).contains("9120001234567");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"912000123456", "91200012345678", "912000123456O", "0000000000000", "nib"})
    void othersAreRefused(String typed) {
        assertThat(NibPolicy.normalize(typed)).isEmpty();
    }

    @Property
    void anyThirteenDigitsButZerosAreKeptAsTheyAre(@ForAll("thirteenDigits") String nib) {
        assertThat(NibPolicy.normalize(nib)).isEqualTo(nib.matches("0+")
                ? java.util.Optional.empty() : java.util.Optional.of(nib));
    }

    @Provide
    Arbitrary<String> thirteenDigits() {
        return Arbitraries.strings().numeric().ofLength(13);
    }
}
