package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.identity.Npwp;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NpwpPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "01.234.567.4-407.000",   // 01234567 has Luhn check digit 4
        "012345674407000",
        "01 234 567 4 407 000",
        "0012345674407000",       // the new 16-digit form of the same number
        "3215014506990001"})      // an individual's NPWP is their NIK
    void acceptsBothFormsAndStoresDigitsOnly(String typed) {
        NpwpPolicy.Decision decision = NpwpPolicy.assess(typed);

        assertThat(decision.accepted()).isTrue();
        assertThat(decision.digits()).matches("\\d{15,16}");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"01234567440700", "01234567440700012", "01.234.567.4-407.00O", "npwp"})
    void refusesOtherLengthsAndNonDigits(String typed) {
        assertThat(NpwpPolicy.assess(typed).outcome()).isEqualTo(NpwpPolicy.Outcome.WRONG_LENGTH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"012345679407000", "0012345679407000", "3215013513990001"})
    void refusesAWrongCheckDigitOrANikThatCannotExist(String typed) {
        assertThat(NpwpPolicy.assess(typed).outcome()).isEqualTo(NpwpPolicy.Outcome.NOT_A_NUMBER_ISSUED);
    }

    @Property
    void everyNumberWithItsCheckDigitIsAcceptedInBothForms(@ForAll("eightDigits") String eight,
                                                            @ForAll("sixDigits") String officeAndBranch) {
        String old = eight + Npwp.checkDigitFor(eight) + officeAndBranch;

        assertThat(NpwpPolicy.assess(old)).isEqualTo(new NpwpPolicy.Decision(NpwpPolicy.Outcome.VALID, old));
        assertThat(NpwpPolicy.assess("0" + old).digits()).isEqualTo("0" + old);
    }

    /** Luhn catches every single-digit typo in the first nine digits. */
    @Property
    void everySingleDigitTypoInTheFirstNineIsCaught(@ForAll("eightDigits") String eight,
                                                   @ForAll @IntRange(min = 0, max = 8) int position,
                                                   @ForAll @IntRange(min = 1, max = 9) int shift) {
        String nine = eight + Npwp.checkDigitFor(eight);
        char typo = (char) ('0' + (nine.charAt(position) - '0' + shift) % 10);
        String mistyped = nine.substring(0, position) + typo + nine.substring(position + 1);

        assertThat(NpwpPolicy.assess(mistyped + "407000").accepted()).isFalse();
    }

    @Provide
    Arbitrary<String> eightDigits() {
        return Arbitraries.strings().numeric().ofLength(8);
    }

    @Provide
    Arbitrary<String> sixDigits() {
        return Arbitraries.strings().numeric().ofLength(6);
    }
}
