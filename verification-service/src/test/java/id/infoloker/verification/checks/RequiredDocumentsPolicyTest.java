package id.infoloker.verification.checks;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.AccountType;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredDocumentsPolicyTest {

    private final RequiredDocumentsPolicy policy = new RequiredDocumentsPolicy();

    @Test
    void jobSeekersNeedKtpIjazahCvAndPhoto() {
        assertThat(policy.check(AccountType.JOB_SEEKER, List.of("PAS_FOTO", "CV", "IJAZAH", "KTP", "SKCK"))
                .verdict()).isEqualTo(Verdict.PASS);
        CheckResult missing = policy.check(AccountType.JOB_SEEKER, List.of("KTP", "CV"));
        assertThat(missing.verdict()).isEqualTo(Verdict.FAIL);
        assertThat(missing.arguments()).containsExactly("IJAZAH, PAS_FOTO");
    }

    @Test
    void employersNeedNibAndNpwp() {
        assertThat(policy.check(AccountType.EMPLOYER, List.of("NIB", "NPWP")).verdict()).isEqualTo(Verdict.PASS);
        assertThat(RequiredDocumentsPolicy.missing(AccountType.EMPLOYER, List.of())).containsExactly("NIB", "NPWP");
    }
}
