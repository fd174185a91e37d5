package id.infoloker.account.registration;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.account.accounts.Sex;
import id.infoloker.identity.Nik;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NikPolicyTest {

    private final NikPolicy policy = new NikPolicy();

    @Test
    void readsAMansNik() {
        Nik parts = Nik.parse("3215011708950003").orElseThrow();

        assertThat(parts.province()).isEqualTo("32");
        assertThat(parts.regency()).isEqualTo("15");
        assertThat(parts.kecamatan()).isEqualTo("01");
        assertThat(parts.birthDay()).isEqualTo(MonthDay.of(8, 17));
        assertThat(parts.twoDigitYear()).isEqualTo(95);
        assertThat(parts.female()).isFalse();
        assertThat(parts.serial()).isEqualTo(3);
    }

    @Test
    void aWomansBirthDayIsWrittenPlusForty() {
        Nik parts = Nik.parse("3215014506990001").orElseThrow();

        assertThat(parts.birthDay()).isEqualTo(MonthDay.of(6, 5));
        assertThat(parts.female()).isTrue();
        assertThat(policy.assess("3215014506990001", LocalDate.of(1999, 6, 5), Sex.F))
                .isEqualTo(NikPolicy.Decision.CONSISTENT);
    }

    @ParameterizedTest
    @CsvSource({
        "3215010101000001, 2000-01-01, M",
        "3215013112850001, 1985-12-31, M",
        "3215014101000001, 2000-01-01, F",
        "3215017112850001, 1985-12-31, F",
        "3215012902000001, 2000-02-29, M",
        "3215016902960001, 1996-02-29, F"})
    void agreesWithTheStatedBirthDateAndSex(String nik, LocalDate birthDate, Sex sex) {
        assertThat(policy.assess(nik, birthDate, sex)).isEqualTo(NikPolicy.Decision.CONSISTENT);
    }

    @ParameterizedTest
    @CsvSource({
        "3215014506990001, 1999-06-05, M, a woman's NIK for a stated man",
        "3215010506990001, 1999-06-05, F, a man's NIK for a stated woman",
        "3215014506990001, 1999-06-06, F, another day",
        "3215014506990001, 1999-07-05, F, another month",
        "3215014506990001, 1989-06-05, F, another year"})
    void aDisagreementIsFlaggedNotRefused(String nik, LocalDate birthDate, Sex sex, String why) {
        NikPolicy.Decision decision = policy.assess(nik, birthDate, sex);

        assertThat(decision).as(why).isEqualTo(NikPolicy.Decision.MISMATCH);
        assertThat(decision.accepted()).isTrue();
    }

    @Test
    void theNikDoesNotSayTheCentury() {
        assertThat(policy.assess("3215010101050001", LocalDate.of(1905, 1, 1), Sex.M))
                .isEqualTo(NikPolicy.Decision.CONSISTENT);
        assertThat(policy.assess("3215010101050001", LocalDate.of(2005, 1, 1), Sex.M))
                .isEqualTo(NikPolicy.Decision.CONSISTENT);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "321501450699000",   // 15 digits
        "32150145069900011", // 17 digits
        "32150145069900O1",  // a letter O
        "0015014506990001",  // province 00
        "3200014506990001",  // regency 00
        "3215004506990001",  // kecamatan 00
        "3215014506990000",  // serial 0000
        "3215010006990001",  // day 0
        "3215013206990001",  // day 32: too late for a man, too early for a woman
        "3215014006990001",  // day 40
        "3215017206990001",  // day 72 (woman's 32)
        "3215010113990001",  // month 13
        "3215010100990001",  // month 0
        "3215013104990001",  // 31 April
        "3215017104990001",  // 31 April, woman
        "3215012902990001",  // 29 February 1999
        "3215016902970001"}) // 29 February 1997, woman
    void refusesWhatCannotBeANik(String nik) {
        assertThat(Nik.parse(nik)).isEmpty();
        assertThat(policy.assess(nik, LocalDate.of(1999, 6, 5), Sex.F)).isEqualTo(NikPolicy.Decision.INVALID);
    }
}
