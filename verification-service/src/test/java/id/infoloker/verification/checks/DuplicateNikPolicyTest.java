package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DuplicateNikPolicyTest {

    private final DuplicateNikPolicy policy = new DuplicateNikPolicy();

    @Test
    void aNikOnAnotherAccountFails() {
        assertThat(policy.check(0).verdict()).isEqualTo(Verdict.PASS);
        CheckResult duplicate = policy.check(2);
        assertThat(duplicate.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(duplicate.arguments()).containsExactly("2");
    }
}
