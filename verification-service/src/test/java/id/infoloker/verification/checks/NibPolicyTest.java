package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NibPolicyTest {

    private final NibPolicy policy = new NibPolicy();

    @Test
    void aNibIsThirteenDigits() {
        assertThat(policy.check("9120001234567").verdict()).isEqualTo(Verdict.PASS);
        assertThat(policy.check("912000123456").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(policy.check("91200012345678").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(policy.check("91200012345AB").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(policy.check(null).verdict()).isEqualTo(Verdict.FAIL);
    }
}
