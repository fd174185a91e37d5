package id.infoloker.vacancy.moderation;

import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often one reporter (an account, or an anonymous client address) may report: at most {@code per-hour} reports in
 * the last hour, and one per vacancy a day. Reports are anonymous on purpose (a job seeker afraid of a broker need not
 * sign in), so the limit is what keeps a competitor from flooding the queue. Counted in PostgreSQL, so every replica
 * shares it.
 */
@Component
class ReportThrottlePolicy {

    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration SAME_VACANCY = Duration.ofDays(1);

    private final int perHour;

    ReportThrottlePolicy(@Value("${infoloker.moderation.reports.per-hour:5}") int perHour) {
        this.perHour = perHour;
    }

    /** @param recent the reporter's reports within {@link #WINDOW}, oldest first */
    Decision decide(java.util.List<Instant> recent, boolean reportedThisVacancyToday, Instant now) {
        if (reportedThisVacancyToday) {
            return new Decision(Outcome.ALREADY_REPORTED, 0);
        }
        if (recent.size() >= perHour) {
            Instant freed = recent.get(recent.size() - perHour).plus(WINDOW);
            return new Decision(Outcome.TOO_MANY, Math.max(1, Duration.between(now, freed).toSeconds()));
        }
        return new Decision(Outcome.ALLOWED, 0);
    }

    enum Outcome { ALLOWED, ALREADY_REPORTED, TOO_MANY }

    record Decision(Outcome outcome, long retryAfterSeconds) {
    }
}
