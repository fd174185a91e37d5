package id.infoloker.verification.owner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WaitEstimatePolicyTest {

    @Test
    void positionDividedByTheLastHoursRate() {
        // 30 decisions in the last hour = one every 2 minutes; 10th in line: 20 minutes.
        WaitEstimatePolicy.Estimate estimate = WaitEstimatePolicy.estimate(10, 30, 30);

        assertThat(estimate.minutes()).isEqualTo(20L);
        assertThat(estimate.window()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aQuietHourFallsBackToTheDaysAverageAndNoDecisionsMeansNoEstimate() {
        WaitEstimatePolicy.Estimate day = WaitEstimatePolicy.estimate(3, 0, 48);
        assertThat(day.minutes()).isEqualTo(90L);
        assertThat(day.window()).isEqualTo(Duration.ofHours(24));

        assertThat(WaitEstimatePolicy.estimate(3, 0, 0).minutes()).isNull();
    }
}
