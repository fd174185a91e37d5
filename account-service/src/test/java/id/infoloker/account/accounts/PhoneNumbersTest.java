package id.infoloker.account.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "081234567890", "0812-3456-7890", "0812 3456 7890", "+6281234567890", "+62 812-3456-7890",
        "6281234567890", "81234567890", "(0812) 3456.7890", " 081234567890 "})
    void everyCommonSpellingOfOneNumberIsTheSameNumber(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).contains("+6281234567890");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0812345678", "+62812345678901"})
    void shortAndLongMobileNumbersAreAccepted(String typed) {
        assertThat(PhoneNumbers.isValid(typed)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "021-5551234",        // a Jakarta landline: no SMS or WhatsApp
        "+6221555123",
        "08123",              // too short
        "0812345678901234",   // too long
        "+6581234567",        // Singapore
        "0812-3456-789O",     // a letter
        "++6281234567890",
        "phone"})
    void othersAreNotIndonesianMobileNumbers(String typed) {
        assertThat(PhoneNumbers.normalize(typed)).isEmpty();
    }
}
