package id.infoloker.vacancy.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportThrottlePolicyTest {

    private final ReportThrottlePolicy policy = new ReportThrottlePolicy(3);
    private final Instant now = Instant.parse("2026-12-06T05:00:00Z");

    @Test
    void underTheLimitAReportIsAllowed() {
        assertThat(policy.decide(List.of(now.minusSeconds(60), now.minusSeconds(30)), false, now).outcome())
                .isEqualTo(ReportThrottlePolicy.Outcome.ALLOWED);
    }

    @Test
    void atTheLimitTheReporterWaitsUntilTheOldestCountedReportLeavesTheHour() {
        var decision = policy.decide(List.of(now.minusSeconds(3000), now.minusSeconds(600), now.minusSeconds(60)),
                false, now);

        assertThat(decision.outcome()).isEqualTo(ReportThrottlePolicy.Outcome.TOO_MANY);
        assertThat(decision.retryAfterSeconds()).isEqualTo(600);
    }

    @Test
    void theSameVacancyTwiceADayIsAlreadyReportedWhateverTheCount() {
        assertThat(policy.decide(List.of(), true, now).outcome())
                .isEqualTo(ReportThrottlePolicy.Outcome.ALREADY_REPORTED);
    }
}
