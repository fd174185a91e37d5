package id.infoloker.vacancy.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private final JdbcTemplate jdbc;

    ApplicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this job seeker already applied (the unique constraint decides, also under races) */
    boolean insertIfAbsent(UUID id, UUID vacancyId, UUID jobSeekerId, Instant now) {
        return jdbc.update("""
                INSERT INTO application (id, vacancy_id, job_seeker_id, status, submitted_at, updated_at)
                VALUES (?, ?, ?, 'DIKIRIM', ?, ?)
                ON CONFLICT ON CONSTRAINT application_once DO NOTHING
                """, id, vacancyId, jobSeekerId, Timestamp.from(now), Timestamp.from(now)) == 1;
    }

    Optional<StoredApplication> findForUpdate(UUID id) {
        return jdbc.query("""
                SELECT a.id, a.vacancy_id, a.job_seeker_id, a.status, v.employer_id, v.title
                FROM application a JOIN vacancy v ON v.id = a.vacancy_id
                WHERE a.id = ? FOR UPDATE OF a
                """, (rs, row) -> new StoredApplication(rs.getObject("id", UUID.class),
                        rs.getObject("vacancy_id", UUID.class), rs.getObject("job_seeker_id", UUID.class),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getObject("employer_id", UUID.class),
                        rs.getString("title")), id)
                .stream().findFirst();
    }

    void changeStatus(UUID id, ApplicationStatus status, Instant now) {
        jdbc.update("UPDATE application SET status = ?, updated_at = ? WHERE id = ?", status.name(),
                Timestamp.from(now), id);
    }

    List<ApplicantView> applicantsOf(UUID vacancyId) {
        return jdbc.query("""
                SELECT a.id, a.job_seeker_id, p.display_name, d.kecamatan_code, a.status, a.submitted_at, a.updated_at
                FROM application a
                LEFT JOIN account_projection p ON p.account_id = a.job_seeker_id
                LEFT JOIN account_domicile d ON d.account_id = a.job_seeker_id
                WHERE a.vacancy_id = ? ORDER BY a.submitted_at, a.id
                """, (rs, row) -> new ApplicantView(rs.getObject("id", UUID.class),
                        rs.getObject("job_seeker_id", UUID.class), rs.getString("display_name"),
                        rs.getString("kecamatan_code"), rs.getString("status"), instant(rs, "submitted_at"),
                        instant(rs, "updated_at")), vacancyId);
    }

    List<MyApplicationView> ofJobSeeker(UUID jobSeekerId) {
        return jdbc.query("""
                SELECT a.id, a.vacancy_id, v.title, v.company_name, v.status AS vacancy_status, a.status,
                       a.submitted_at, a.updated_at
                FROM application a JOIN vacancy v ON v.id = a.vacancy_id
                WHERE a.job_seeker_id = ? ORDER BY a.submitted_at DESC LIMIT 500
                """, (rs, row) -> new MyApplicationView(rs.getObject("id", UUID.class),
                        rs.getObject("vacancy_id", UUID.class), rs.getString("title"), rs.getString("company_name"),
                        rs.getString("vacancy_status"), rs.getString("status"), instant(rs, "submitted_at"),
                        instant(rs, "updated_at")), jobSeekerId);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    record StoredApplication(UUID id, UUID vacancyId, UUID jobSeekerId, ApplicationStatus status, UUID employerId,
                             String vacancyTitle) {
    }
}
