package id.infoloker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class NpwpAndNibTest {

    @Test
    void readsTheOldFormWithSeparators() {
        String digits = "01234567" + Npwp.checkDigitFor("01234567") + "407000";
        String typed = "01.234.567." + digits.charAt(8) + "-407.000";

        assertThat(Npwp.read(typed)).isEqualTo(new Npwp.Reading(Npwp.Form.OLD_FIFTEEN_DIGITS, digits, null));
        assertThat(Npwp.read("0" + digits).form()).isEqualTo(Npwp.Form.NEW_WITH_LEADING_ZERO);
    }

    @Test
    void aSixteenDigitNpwpNotStartingWithZeroMustBeAPossibleNik() {
        // The two services disagreed here: verification only warned about any such number, account-service refused
        // one that is no NIK. Now both refuse it, and verification warns only about a possible NIK.
        assertThat(Npwp.read("3215014506980001").form()).isEqualTo(Npwp.Form.NEW_NIK_BASED);
        assertThat(Npwp.read("3215013202980001").flaw()).isEqualTo(Npwp.Flaw.NOT_A_NIK);
    }

    @Test
    void refusesAWrongCheckDigitAndAWrongLength() {
        String eight = "01234567";
        int wrong = (Npwp.checkDigitFor(eight) + 1) % 10;
        assertThat(Npwp.read(eight + wrong + "407000").flaw()).isEqualTo(Npwp.Flaw.CHECK_DIGIT);
        assertThat(Npwp.read("12345").flaw()).isEqualTo(Npwp.Flaw.WRONG_LENGTH);
        assertThat(Npwp.read(null).flaw()).isEqualTo(Npwp.Flaw.WRONG_LENGTH);
    }

    @Property(tries = 2000)
    void aValidReadingIsFifteenOrSixteenDigitsOfAKnownForm(@ForAll(supplier = Identifiers.Npwps.class) String value) {
        Npwp.Reading reading = Npwp.read(value);
        assertThat(reading.valid()).isEqualTo(reading.form() != null);
        if (reading.valid()) {
            assertThat(reading.digits()).matches("\\d{15,16}");
        }
    }

    @Test
    void normalizesANib() {
        assertThat(Nib.normalize("9120 0012 34567")).contains("9120001234567");
        assertThat(Nib.normalize("0000000000000")).isEmpty();
        assertThat(Nib.normalize("912000123456")).isEmpty();
    }

    @Property(tries = 1000)
    void aNormalizedNibIsThirteenDigitsNotAllZero(@ForAll(supplier = Identifiers.Nibs.class) String value) {
        Nib.normalize(value).ifPresent(nib -> assertThat(nib).matches("\\d{13}").isNotEqualTo("0000000000000"));
    }
}
