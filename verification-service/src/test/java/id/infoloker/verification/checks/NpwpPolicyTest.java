package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NpwpPolicyTest {

    private final NpwpPolicy policy = new NpwpPolicy();

    @ParameterizedTest
    @ValueSource(strings = {"01.234.567.4-407.000", "012345674407000", "0012345674407000"})
    void aCorrectLuhnDigitOverTheFirstNineDigitsPasses(String npwp) {
        assertThat(policy.check(npwp).verdict()).isEqualTo(Verdict.PASS);
    }

    @Test
    void aWrongCheckDigitFails() {
        CheckResult result = policy.check("01.234.567.5-407.000");

        assertThat(result.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(result.messageKey()).isEqualTo("check.npwp.check-digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "01.234.567.4-407.00A", "01234567440700012"})
    void somethingThatIsNotAnNpwpFails(String npwp) {
        assertThat(policy.check(npwp).messageKey()).isEqualTo("check.npwp.format");
    }

    @Test
    void aNikBasedSixteenDigitNpwpHasNoCheckDigitAndIsAWarning() {
        assertThat(policy.check("3215014506990001").verdict()).isEqualTo(Verdict.WARN);
    }

    @Test
    void aSixteenDigitNumberThatIsNoNikFails() {
        // Registration refuses it too (platform/identity): no more WARN for a number no one could have been issued.
        assertThat(policy.check("3215013206990001").messageKey()).isEqualTo("check.npwp.not-a-nik");
    }
}
