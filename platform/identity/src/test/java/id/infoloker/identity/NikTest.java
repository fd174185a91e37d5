package id.infoloker.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NikTest {

    @Test
    void readsAWomansNik() {
        Nik nik = Nik.parse("3215014506980001").orElseThrow();

        assertThat(nik.regencyCode()).isEqualTo("3215");
        assertThat(nik.kecamatanCode()).isEqualTo("321501");
        assertThat(nik.birthDay()).isEqualTo(MonthDay.of(6, 5));
        assertThat(nik.female()).isTrue();
        assertThat(nik.carriesBirthDate(LocalDate.of(1998, 6, 5))).isTrue();
        assertThat(nik.birthDateAsWritten()).isEqualTo("05-06-98");
        assertThat(nik.toString()).doesNotContain("0001");
    }

    @ParameterizedTest
    @CsvSource({
            "'', MISSING",
            "321501450698000, NOT_SIXTEEN_DIGITS",
            "32150145069800a1, NOT_SIXTEEN_DIGITS",
            // The two services disagreed on these: a region part 00 exists nowhere, so both now refuse it.
            "0015014506980001, ZERO_REGION",
            "3200014506980001, ZERO_REGION",
            "3215004506980001, ZERO_REGION",
            "3215013202980001, IMPOSSIBLE_BIRTH_DATE",
            "3215012902970001, IMPOSSIBLE_BIRTH_DATE",
            "3215014506980000, ZERO_SERIAL"})
    void namesWhatMakesANikImpossible(String value, Nik.Flaw flaw) {
        assertThat(Nik.flawOf(value)).contains(flaw);
        assertThat(Nik.parse(value)).isEmpty();
    }

    @Test
    void acceptsTheTwentyNinthOfFebruaryInALeapYear() {
        assertThat(Nik.parse("3215012902960001")).isPresent();
        assertThat(Nik.parse("3215016902000001")).isPresent();
    }

    @Property(tries = 2000)
    void parsesExactlyWhatHasNoFlaw(@ForAll(supplier = Identifiers.Niks.class) String value) {
        assertThat(Nik.parse(value).isPresent()).isEqualTo(Nik.flawOf(value).isEmpty());
    }

    @Property(tries = 2000)
    void aParsedNikIsSixteenDigitsWithARealBirthDay(@ForAll(supplier = Identifiers.Niks.class) String value) {
        Nik.parse(value).ifPresent(nik -> {
            assertThat(value).matches("\\d{16}");
            assertThat(nik.birthDay().isValidYear(2000 + nik.twoDigitYear())).isTrue();
            assertThat(nik.serial()).isPositive();
            assertThat(nik.kecamatanCode()).isEqualTo(value.substring(0, 6)).doesNotContain("00".repeat(3));
        });
    }
}
