package id.infoloker.verification.reports;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a month's {@link LabourMarketReport} from this service's own cases and decisions and from its projection of
 * vacancy-service's events; never from another service's database.
 */
@Service
public class LabourMarketReports {

    static final ZoneId OFFICE = ZoneId.of("Asia/Jakarta");

    /** Age at registration, in the groups labour statistics use. A case without a birth date (erased) is UNKNOWN. */
    private static final String AGE_GROUP = """
            CASE WHEN c.birth_date IS NULL THEN 'UNKNOWN'
                 ELSE CASE
                     WHEN date_part('year', age((c.registered_at AT TIME ZONE 'Asia/Jakarta')::date, c.birth_date)) < 20 THEN '15-19'
                     WHEN date_part('year', age((c.registered_at AT TIME ZONE 'Asia/Jakarta')::date, c.birth_date)) < 25 THEN '20-24'
                     WHEN date_part('year', age((c.registered_at AT TIME ZONE 'Asia/Jakarta')::date, c.birth_date)) < 30 THEN '25-29'
                     WHEN date_part('year', age((c.registered_at AT TIME ZONE 'Asia/Jakarta')::date, c.birth_date)) < 35 THEN '30-34'
                     WHEN date_part('year', age((c.registered_at AT TIME ZONE 'Asia/Jakarta')::date, c.birth_date)) < 45 THEN '35-44'
                     WHEN date_part('year', age((c.registered_at AT TIME ZONE 'Asia/Jakarta')::date, c.birth_date)) < 55 THEN '45-54'
                     ELSE '55+' END
            END""";
    private static final Map<String, String> JOB_SEEKER_SPLITS = Map.of(
            "sex", "COALESCE(c.sex, 'UNKNOWN')",
            "age", AGE_GROUP,
            "education", "COALESCE(c.education, 'UNKNOWN')",
            "kecamatan", "COALESCE(c.kecamatan_code, 'UNKNOWN')");

    private final JdbcTemplate jdbc;

    LabourMarketReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public LabourMarketReport of(YearMonth month) {
        Timestamp from = Timestamp.from(month.atDay(1).atStartOfDay(OFFICE).toInstant());
        Timestamp to = Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(OFFICE).toInstant());
        return new LabourMarketReport(month,
                jobSeekers("""
                        FROM verification_case c
                        WHERE c.account_type = 'JOB_SEEKER' AND c.registered_at >= ? AND c.registered_at < ?""",
                        from, to),
                jobSeekers("""
                        FROM verification_case c
                        WHERE c.account_type = 'JOB_SEEKER' AND EXISTS (
                            SELECT 1 FROM verification_decision d WHERE d.case_id = c.id AND d.outcome = 'APPROVED'
                            AND d.decided_at >= ? AND d.decided_at < ?)""", from, to),
                vacancies(from, to),
                count("SELECT count(*) FROM report_application WHERE submitted_at >= ? AND submitted_at < ?", from, to),
                count("SELECT count(*) FROM report_application WHERE accepted_at >= ? AND accepted_at < ?", from, to),
                throughput(from, to),
                counts("SELECT reason_code, count(*) FROM report_vacancy_report WHERE reported_at >= ? "
                        + "AND reported_at < ? GROUP BY reason_code ORDER BY reason_code", from, to),
                counts("SELECT reason, count(*) FROM report_vacancy_closed WHERE closed_at >= ? AND closed_at < ? "
                        + "GROUP BY reason ORDER BY reason", from, to),
                counts("SELECT category, count(*) FROM feedback WHERE created_at >= ? AND created_at < ? "
                        + "GROUP BY category ORDER BY category", from, to));
    }

    private LabourMarketReport.Breakdown jobSeekers(String fromWhere, Timestamp from, Timestamp to) {
        return new LabourMarketReport.Breakdown(
                count("SELECT count(*) " + fromWhere, from, to),
                split(JOB_SEEKER_SPLITS.get("sex"), fromWhere, from, to),
                split(JOB_SEEKER_SPLITS.get("age"), fromWhere, from, to),
                split(JOB_SEEKER_SPLITS.get("education"), fromWhere, from, to),
                split(JOB_SEEKER_SPLITS.get("kecamatan"), fromWhere, from, to));
    }

    private LabourMarketReport.Vacancies vacancies(Timestamp from, Timestamp to) {
        String fromWhere = "FROM report_vacancy v WHERE v.published_at >= ? AND v.published_at < ?";
        return new LabourMarketReport.Vacancies(count("SELECT count(*) " + fromWhere, from, to),
                split("COALESCE(v.education, 'UNKNOWN')", fromWhere, from, to),
                split("COALESCE(v.employment_type, 'UNKNOWN')", fromWhere, from, to),
                split("COALESCE(v.kecamatan_code, 'UNKNOWN')", fromWhere, from, to));
    }

    private LabourMarketReport.Throughput throughput(Timestamp from, Timestamp to) {
        long decisions = count("SELECT count(*) FROM verification_decision d WHERE d.decided_at >= ? "
                + "AND d.decided_at < ?", from, to);
        List<LabourMarketReport.DayCount> perDay = jdbc.query("""
                SELECT (d.decided_at AT TIME ZONE 'Asia/Jakarta')::date AS day, count(*)
                FROM verification_decision d WHERE d.decided_at >= ? AND d.decided_at < ?
                GROUP BY day ORDER BY day""",
                (rs, row) -> new LabourMarketReport.DayCount(rs.getObject(1, LocalDate.class), rs.getLong(2)),
                from, to);
        Map<String, Object> waits = jdbc.queryForMap("""
                SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM d.decided_at - c.registered_at)) / 3600 AS median,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM d.decided_at - c.registered_at)) / 3600 AS p90
                FROM verification_decision d JOIN verification_case c ON c.id = d.case_id
                WHERE d.outcome IN ('APPROVED', 'REJECTED') AND d.decided_at >= ? AND d.decided_at < ?""", from, to);
        long revisions = count("SELECT count(*) FROM verification_decision d WHERE d.outcome = 'REVISION_REQUESTED' "
                + "AND d.decided_at >= ? AND d.decided_at < ?", from, to);
        return new LabourMarketReport.Throughput(decisions, perDay, number(waits.get("median")),
                number(waits.get("p90")), decisions == 0 ? 0 : (double) revisions / decisions);
    }

    private Map<String, Long> split(String key, String fromWhere, Timestamp from, Timestamp to) {
        return counts("SELECT " + key + " AS k, count(*) " + fromWhere + " GROUP BY k ORDER BY k", from, to);
    }

    private Map<String, Long> counts(String sql, Timestamp from, Timestamp to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        }, from, to);
        return counts;
    }

    private long count(String sql, Timestamp from, Timestamp to) {
        Long count = jdbc.queryForObject(sql, Long.class, from, to);
        return count == null ? 0 : count;
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
