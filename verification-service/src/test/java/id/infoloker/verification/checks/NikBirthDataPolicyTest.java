package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NikBirthDataPolicyTest {

    private final NikBirthDataPolicy policy = new NikBirthDataPolicy();

    @Test
    void aWomansNikCarriesHerDayOfBirthPlusForty() {
        assertThat(policy.check("3215014506990001", LocalDate.of(1999, 6, 5), "F").verdict())
                .isEqualTo(Verdict.PASS);
        assertThat(policy.check("3215010506990001", LocalDate.of(1999, 6, 5), "M").verdict())
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void aDifferentDateOrSexFailsNamingBothSides() {
        CheckResult date = policy.check("3215014506990001", LocalDate.of(1999, 7, 5), "F");
        assertThat(date.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(date.messageKey()).isEqualTo("check.nik-birth.date-mismatch");
        assertThat(date.arguments()).containsExactly("05-06-99", "1999-07-05");

        CheckResult sex = policy.check("3215014506990001", LocalDate.of(1999, 6, 5), "M");
        assertThat(sex.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(sex.messageKey()).isEqualTo("check.nik-birth.sex-mismatch");
    }

    @Test
    void whatCannotBeComparedIsAWarning() {
        assertThat(policy.check("12345", LocalDate.of(1999, 6, 5), "F").verdict()).isEqualTo(Verdict.WARN);
        assertThat(policy.check("3215014506990001", null, "F").verdict()).isEqualTo(Verdict.WARN);
        assertThat(policy.check("3215014506990001", LocalDate.of(1999, 6, 5), null).verdict())
                .isEqualTo(Verdict.WARN);
    }
}
