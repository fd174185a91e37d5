package id.infoloker.verification.owner;

import java.time.Duration;

/**
 * Estimated wait = position ÷ the recent decision rate. The rate is the number of decisions in the last hour; when
 * the office was quiet that hour (none), the last 24 hours' average. With no decision at all there is no estimate.
 */
final class WaitEstimatePolicy {

    static final Duration SHORT_WINDOW = Duration.ofHours(1);
    static final Duration LONG_WINDOW = Duration.ofHours(24);

    /** @return the estimate, or null minutes when there is no recent decision to base it on */
    static Estimate estimate(long position, long decisionsLastHour, long decisionsLastDay) {
        if (decisionsLastHour > 0) {
            return new Estimate(minutes(position, decisionsLastHour, SHORT_WINDOW), decisionsLastHour, SHORT_WINDOW);
        }
        if (decisionsLastDay > 0) {
            return new Estimate(minutes(position, decisionsLastDay, LONG_WINDOW), decisionsLastDay, LONG_WINDOW);
        }
        return new Estimate(null, 0, LONG_WINDOW);
    }

    private static long minutes(long position, long decisions, Duration window) {
        double perMinute = decisions / (double) window.toMinutes();
        return (long) Math.ceil(position / perMinute);
    }

    record Estimate(Long minutes, long decisions, Duration window) {
    }

    private WaitEstimatePolicy() {
    }
}
