package id.infoloker.notification.preferences;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Job seekers' saved vacancy alerts. */
@Repository
public class JobAlerts {

    private final JdbcTemplate jdbc;

    JobAlerts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<JobAlert> of(UUID accountId) {
        return jdbc.query("""
                        SELECT kecamatan_code, education, employment_type FROM job_alert
                        WHERE account_id = ? ORDER BY created_at, id
                        """,
                (rs, row) -> new JobAlert(rs.getString(1), rs.getString(2), rs.getString(3)), accountId);
    }

    /** Replaces all of the person's alerts (the PUT semantics of the preferences). */
    public void replace(UUID accountId, List<JobAlert> alerts, Instant at) {
        jdbc.update("DELETE FROM job_alert WHERE account_id = ?", accountId);
        List<Object[]> rows = new ArrayList<>();
        for (JobAlert alert : alerts) {
            rows.add(new Object[] {UUID.randomUUID(), accountId, alert.kecamatanCode(), alert.education(),
                    EducationLevels.rankOf(alert.education()), blankToNull(alert.employmentType()),
                    Timestamp.from(at)});
        }
        jdbc.batchUpdate("""
                INSERT INTO job_alert (id, account_id, kecamatan_code, education, education_rank, employment_type,
                                       created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }
}
