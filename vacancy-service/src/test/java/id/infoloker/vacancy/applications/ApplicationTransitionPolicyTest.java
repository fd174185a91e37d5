package id.infoloker.vacancy.applications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApplicationTransitionPolicyTest {

    private final ApplicationTransitionPolicy policy = new ApplicationTransitionPolicy();

    @ParameterizedTest
    @CsvSource({
        "DIKIRIM,DILIHAT,true", "DILIHAT,DIPROSES,true", "DIPROSES,WAWANCARA,true", "WAWANCARA,DITERIMA,true",
        "DIKIRIM,DITOLAK,true", "DILIHAT,DITOLAK,true", "DIPROSES,DITOLAK,true", "WAWANCARA,DITOLAK,true",
        "DIKIRIM,DITERIMA,false", "DIKIRIM,WAWANCARA,false", "DILIHAT,DITERIMA,false", "DIPROSES,DITERIMA,false",
        "DITERIMA,DITOLAK,false", "DITOLAK,DITERIMA,false", "DITOLAK,DILIHAT,false", "DIPROSES,DILIHAT,false",
        "DILIHAT,DILIHAT,false", "WAWANCARA,DIKIRIM,false"
    })
    void onlyOneStepForwardOrARejectionOfAnOpenApplication(ApplicationStatus from, ApplicationStatus to,
                                                           boolean allowed) {
        assertThat(policy.decide(from, to).allowed()).isEqualTo(allowed);
    }

    @ParameterizedTest
    @CsvSource({"DITERIMA", "DITOLAK", "DITARIK", "DITUTUP"})
    void finalDecisionsAreNeverReopened(ApplicationStatus status) {
        assertThat(policy.decide(status, ApplicationStatus.DILIHAT).allowedNext()).isEmpty();
        assertThat(policy.decideInterview(status).allowed()).isFalse();
        assertThat(policy.decideWithdrawal(status).allowed()).isFalse();
        assertThat(policy.employerMoves(status)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"DIKIRIM", "DILIHAT", "DIPROSES", "WAWANCARA"})
    void anOpenApplicationMayBeInvitedOrRescheduledAndWithdrawnButNeverWithdrawnByTheEmployer(
            ApplicationStatus status) {
        assertThat(policy.decideInterview(status).allowed()).isTrue();
        assertThat(policy.decideWithdrawal(status).allowed()).isTrue();
        assertThat(policy.employerMoves(status)).contains(ApplicationStatus.WAWANCARA, ApplicationStatus.DITOLAK)
                .doesNotContain(ApplicationStatus.DITARIK, ApplicationStatus.DITUTUP);
        assertThat(policy.decide(status, ApplicationStatus.DITARIK).allowed()).isFalse();
        assertThat(policy.decide(status, ApplicationStatus.DITUTUP).allowed()).isFalse();
    }
}
