package id.infoloker.vacancy.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class VacancyReports {

    private final JdbcTemplate jdbc;

    VacancyReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID vacancyId, ReportRequest request, UUID reporterAccountId, String reporterKey,
                Instant now) {
        jdbc.update("""
                INSERT INTO vacancy_report (id, vacancy_id, reason_code, text, reporter_account_id, reporter_key,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, id, vacancyId, request.reasonCode().name(), request.textOrNull(), reporterAccountId, reporterKey,
                Timestamp.from(now));
    }

    /**
     * The reporter's reports since {@code since}, oldest first. The reporter's earlier rows are locked first by an
     * advisory lock on the key, so two concurrent reports from one client cannot both pass the count.
     */
    List<Instant> lockRecentOf(String reporterKey, Instant since) {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", resultSet -> null, reporterKey);
        return jdbc.query("SELECT created_at FROM vacancy_report WHERE reporter_key = ? AND created_at > ? "
                        + "ORDER BY created_at", (rs, row) -> rs.getTimestamp(1).toInstant(), reporterKey,
                Timestamp.from(since));
    }

    boolean reportedSince(String reporterKey, UUID vacancyId, Instant since) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM vacancy_report "
                + "WHERE reporter_key = ? AND vacancy_id = ? AND created_at > ?)", Boolean.class, reporterKey,
                vacancyId, Timestamp.from(since)));
    }

    /** Vacancies with open reports, most reported first, then the longest waiting. */
    List<UUID> queue(int limit) {
        return jdbc.query("""
                SELECT vacancy_id FROM vacancy_report WHERE resolved_at IS NULL
                GROUP BY vacancy_id ORDER BY count(*) DESC, min(created_at) LIMIT ?
                """, (rs, row) -> rs.getObject(1, UUID.class), limit);
    }

    List<ReportView> openOf(UUID vacancyId) {
        return jdbc.query("""
                SELECT id, reason_code, text, reporter_account_id IS NOT NULL AS signed_in, created_at
                FROM vacancy_report WHERE vacancy_id = ? AND resolved_at IS NULL ORDER BY created_at
                """, (rs, row) -> new ReportView(rs.getObject("id", UUID.class), rs.getString("reason_code"),
                        rs.getString("text"), rs.getBoolean("signed_in"), rs.getTimestamp("created_at").toInstant()),
                vacancyId);
    }

    int resolveAllOf(UUID vacancyId, String resolution, Instant now) {
        return jdbc.update("UPDATE vacancy_report SET resolved_at = ?, resolution = ? WHERE vacancy_id = ? "
                + "AND resolved_at IS NULL", Timestamp.from(now), resolution, vacancyId);
    }

    long countOfEmployer(UUID employerId) {
        return jdbc.queryForObject("SELECT count(*) FROM vacancy_report r JOIN vacancy v ON v.id = r.vacancy_id "
                + "WHERE v.employer_id = ?", Long.class, employerId);
    }

    /** What staff see of a report: never who sent it, only whether they were signed in. */
    record ReportView(UUID id, String reasonCode, String text, boolean reporterSignedIn, Instant createdAt) {
    }
}
