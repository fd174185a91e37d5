package id.infoloker.verification.statistics;

import id.infoloker.events.AccountType;
import id.infoloker.verification.cases.Cases;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The queue's and the verifiers' figures, read from the cases and the decision audit. Also exported as gauges; a
 * scrape reuses a snapshot younger than {@link #GAUGE_CACHE} so that Prometheus does not run the queries per gauge.
 */
@Component
public class VerificationStatistics {

    static final Duration GAUGE_CACHE = Duration.ofSeconds(5);
    /** "Today" for the console is the day in Karawang. */
    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Jakarta");
    /** The median registration → decision looks at the final decisions of the last week. */
    static final Duration MEDIAN_WINDOW = Duration.ofDays(7);

    private final JdbcTemplate jdbc;
    private final Cases cases;
    private final Clock clock;
    private volatile Snapshot cached;

    VerificationStatistics(JdbcTemplate jdbc, Cases cases, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.clock = clock;
        for (AccountType type : List.of(AccountType.JOB_SEEKER, AccountType.EMPLOYER)) {
            Gauge.builder("verification.queue.depth", this, s -> s.forGauges().depthOf(type).waiting())
                    .tag("type", type.name()).tag("state", "waiting")
                    .description("Open cases by account type and state").register(meters);
            Gauge.builder("verification.queue.depth", this, s -> s.forGauges().depthOf(type).awaitingDocuments())
                    .tag("type", type.name()).tag("state", "awaiting_documents")
                    .description("Open cases by account type and state").register(meters);
            Gauge.builder("verification.queue.depth", this, s -> s.forGauges().depthOf(type).claimed())
                    .tag("type", type.name()).tag("state", "claimed")
                    .description("Open cases by account type and state").register(meters);
        }
        Gauge.builder("verification.queue.oldest.age", this, s -> s.forGauges().oldestWaitingSeconds())
                .baseUnit("seconds").description("How long the oldest waiting case has waited since registration")
                .register(meters);
        Gauge.builder("verification.decisions.last.hour", this, s -> s.forGauges().decisionsLastHour())
                .description("Decisions recorded in the last hour").register(meters);
        Gauge.builder("verification.registration.to.decision.median", this,
                        s -> s.forGauges().medianRegistrationToDecisionSeconds())
                .baseUnit("seconds").description("Median time from registration to a final decision, last 7 days")
                .register(meters);
    }

    /** Everything, per verifier included (callers decide who may see that part). */
    public Snapshot current() {
        Instant now = clock.instant();
        Timestamp nowTs = Timestamp.from(now);
        Map<AccountType, Cases.Depth> depth = cases.depthByType(now);
        Instant oldest = cases.oldestWaitingSince(now).orElse(null);
        Timestamp hourAgo = Timestamp.from(now.minus(Duration.ofHours(1)));
        Timestamp startOfDay = Timestamp.from(LocalDate.ofInstant(now, OFFICE_ZONE).atStartOfDay(OFFICE_ZONE)
                .toInstant());
        List<VerifierFigures> perVerifier = jdbc.query("""
                SELECT decided_by,
                       count(*) FILTER (WHERE decided_at > ?) AS last_hour,
                       count(*) AS today
                FROM verification_decision WHERE decided_at >= ?
                GROUP BY decided_by ORDER BY today DESC, decided_by
                """, (rs, row) -> new VerifierFigures(rs.getObject("decided_by", UUID.class),
                rs.getLong("last_hour"), rs.getLong("today")), hourAgo, startOfDay);
        long lastHour = jdbc.queryForObject("SELECT count(*) FROM verification_decision WHERE decided_at > ?",
                Long.class, hourAgo);
        long today = jdbc.queryForObject("SELECT count(*) FROM verification_decision WHERE decided_at >= ?",
                Long.class, startOfDay);
        Double median = jdbc.queryForObject("""
                SELECT percentile_cont(0.5) WITHIN GROUP (
                           ORDER BY extract(epoch FROM d.decided_at - c.registered_at))
                FROM verification_decision d JOIN verification_case c ON c.id = d.case_id
                WHERE d.decided_at > ? AND d.outcome IN ('APPROVED', 'REJECTED')
                """, Double.class, Timestamp.from(now.minus(MEDIAN_WINDOW)));
        Snapshot snapshot = new Snapshot(now, depth, oldest,
                oldest == null ? 0 : Duration.between(oldest, now).toSeconds(), lastHour, today,
                median == null ? null : Math.round(median), perVerifier);
        cached = snapshot;
        return snapshot;
    }

    /** Decisions the verifier recorded since midnight in Karawang. */
    public long decisionsTodayBy(UUID verifier) {
        Instant now = clock.instant();
        Timestamp startOfDay = Timestamp.from(LocalDate.ofInstant(now, OFFICE_ZONE).atStartOfDay(OFFICE_ZONE)
                .toInstant());
        return jdbc.queryForObject(
                "SELECT count(*) FROM verification_decision WHERE decided_by = ? AND decided_at >= ?", Long.class,
                verifier, startOfDay);
    }

    private Snapshot forGauges() {
        Snapshot snapshot = cached;
        if (snapshot == null || snapshot.at().isBefore(clock.instant().minus(GAUGE_CACHE))) {
            snapshot = current();
        }
        return snapshot;
    }

    public record VerifierFigures(UUID verifierId, long decisionsLastHour, long decisionsToday) {
    }

    /**
     * @param decisionsLastHour                  all verifiers, the last 60 minutes (the "decisions per hour" now)
     * @param medianRegistrationToDecisionSeconds over APPROVED/REJECTED decisions of the last 7 days; null if none
     */
    public record Snapshot(Instant at, Map<AccountType, Cases.Depth> depthByType, Instant oldestWaitingSince,
                           long oldestWaitingSeconds, long decisionsLastHour, long decisionsToday,
                           Long medianRegistrationToDecisionSeconds, List<VerifierFigures> perVerifier) {

        public Cases.Depth depthOf(AccountType type) {
            return depthByType.getOrDefault(type, Cases.Depth.NONE);
        }
    }
}
