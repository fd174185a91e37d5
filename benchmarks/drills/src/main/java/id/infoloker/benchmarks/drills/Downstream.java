package id.infoloker.benchmarks.drills;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The promise every load drill checks once its fault is over: each registration answered 202 ends as exactly one
 * verification case and no notice twice. Waits (at most 5 min) for the queue to be complete before counting.
 */
record Downstream(long accepted, long cases, long duplicatedCases, long duplicatedNotices, long drainMillis) {

    static Downstream count(Platform platform, List<UUID> accepted) throws InterruptedException {
        long drainMillis = platform.awaitCases(accepted, Duration.ofMinutes(5));
        return new Downstream(accepted.size(), platform.effects().casesFor(accepted),
                platform.effects().accountsWithDuplicateCases(accepted),
                platform.effects().accountsWithDuplicateNotices(accepted), drainMillis);
    }

    long lost() {
        return accepted - cases;
    }

    boolean intact() {
        return lost() == 0 && duplicatedCases == 0 && duplicatedNotices == 0;
    }

    DrillResult.Builder addTo(DrillResult.Builder result) {
        return result
                .figure("every accepted registration in the queue, ms after the load",
                        drainMillis < 0 ? "not within 5 min" : drainMillis)
                .figure("cases", cases)
                .figure("lost", lost())
                .figure("duplicated cases", duplicatedCases)
                .figure("duplicated notices", duplicatedNotices);
    }
}
