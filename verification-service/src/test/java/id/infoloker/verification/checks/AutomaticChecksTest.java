package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.AccountType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AutomaticChecksTest {

    private final AutomaticChecks checks = new AutomaticChecks(new CheckProperties("3215", "Kabupaten Karawang"));

    @Test
    void jobSeekersGetTheNikChecksAndEmployersTheCompanyChecks() {
        assertThat(checks.ofRegistration(new Applicant(AccountType.JOB_SEEKER, "3215014506990001",
                LocalDate.of(1999, 6, 5), "F", "321501", null, null), 0))
                .extracting(CheckResult::code)
                .containsExactly(CheckCode.NIK_STRUCTURE, CheckCode.NIK_BIRTH_DATA, CheckCode.NIK_REGION,
                        CheckCode.NIK_DUPLICATE);
        assertThat(checks.ofRegistration(new Applicant(AccountType.EMPLOYER, null, null, null, "321503",
                "9120001234567", "01.234.567.4-407.000"), 0))
                .extracting(CheckResult::code, CheckResult::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CheckCode.NPWP_CHECK_DIGIT, Verdict.PASS),
                        org.assertj.core.groups.Tuple.tuple(CheckCode.NIB_FORMAT, Verdict.PASS));
    }
}
