package id.infoloker.vacancy.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class ApplicationRepository {

    private static final String STORED = """
            SELECT a.id, a.vacancy_id, a.job_seeker_id, a.status, a.status_reason_code, a.status_note,
                   a.submitted_at, a.updated_at, v.employer_id, v.title, v.company_name, v.status AS vacancy_status
            FROM application a JOIN vacancy v ON v.id = a.vacancy_id
            """;

    private final JdbcTemplate jdbc;

    ApplicationRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when this job seeker already applied (the unique constraint decides, also under races) */
    boolean insertIfAbsent(UUID id, UUID vacancyId, UUID jobSeekerId, Instant now) {
        boolean inserted = jdbc.update("""
                INSERT INTO application (id, vacancy_id, job_seeker_id, status, submitted_at, updated_at)
                VALUES (?, ?, ?, 'DIKIRIM', ?, ?)
                ON CONFLICT ON CONSTRAINT application_once DO NOTHING
                """, id, vacancyId, jobSeekerId, Timestamp.from(now), Timestamp.from(now)) == 1;
        if (inserted) {
            appendHistory(id, ApplicationStatus.DIKIRIM, null, null, now);
        }
        return inserted;
    }

    Optional<StoredApplication> findForUpdate(UUID id) {
        return jdbc.query(STORED + " WHERE a.id = ? FOR UPDATE OF a", ApplicationRepository::stored, id)
                .stream().findFirst();
    }

    Optional<StoredApplication> find(UUID id) {
        return jdbc.query(STORED + " WHERE a.id = ?", ApplicationRepository::stored, id).stream().findFirst();
    }

    /** The vacancy's applications that are still open, locked: a closing and an employer's move do not cross. */
    List<StoredApplication> lockOpenOf(UUID vacancyId) {
        return jdbc.query(STORED + " WHERE a.vacancy_id = ? AND a.status IN ('DIKIRIM', 'DILIHAT', 'DIPROSES', "
                + "'WAWANCARA') ORDER BY a.submitted_at, a.id FOR UPDATE OF a", ApplicationRepository::stored,
                vacancyId);
    }

    void changeStatus(UUID id, ApplicationStatus status, String reasonCode, String note, Instant now) {
        jdbc.update("UPDATE application SET status = ?, status_reason_code = ?, status_note = ?, updated_at = ? "
                + "WHERE id = ?", status.name(), reasonCode, note, Timestamp.from(now), id);
        appendHistory(id, status, reasonCode, note, now);
    }

    private void appendHistory(UUID id, ApplicationStatus status, String reasonCode, String note, Instant now) {
        jdbc.update("INSERT INTO application_status_history (application_id, status, reason_code, note, changed_at) "
                + "VALUES (?, ?, ?, ?, ?)", id, status.name(), reasonCode, note, Timestamp.from(now));
    }

    List<StatusHistoryEntry> historyOf(UUID id) {
        return jdbc.query("""
                SELECT status, reason_code, note, changed_at FROM application_status_history
                WHERE application_id = ? ORDER BY changed_at, id
                """, (rs, row) -> new StatusHistoryEntry(rs.getString("status"), rs.getString("reason_code"),
                        rs.getString("note"), instant(rs, "changed_at")), id);
    }

    /** Stores (or replaces, on a reschedule) the interview; @return its sequence: 0 first, +1 per reschedule. */
    int saveInterview(UUID applicationId, InterviewRequest interview, Instant now) {
        return jdbc.queryForObject("""
                INSERT INTO interview (application_id, starts_at, duration_minutes, place, online_link, contact_name,
                    contact_phone, note, sequence, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)
                ON CONFLICT (application_id) DO UPDATE SET starts_at = excluded.starts_at,
                    duration_minutes = excluded.duration_minutes, place = excluded.place,
                    online_link = excluded.online_link, contact_name = excluded.contact_name,
                    contact_phone = excluded.contact_phone, note = excluded.note,
                    sequence = interview.sequence + 1, updated_at = excluded.updated_at
                RETURNING sequence
                """, Integer.class, applicationId, interview.startsAt(), interview.durationMinutes(),
                interview.placeOrNull(), interview.onlineLinkOrNull(), interview.contactName().strip(),
                interview.contactPhone().strip(), interview.noteOrNull(), Timestamp.from(now));
    }

    Optional<Interview> interviewOf(UUID applicationId) {
        return jdbc.query("""
                SELECT starts_at, duration_minutes, place, online_link, contact_name, contact_phone, note, sequence,
                       updated_at
                FROM interview WHERE application_id = ?
                """, (rs, row) -> new Interview(rs.getObject("starts_at", LocalDateTime.class),
                        rs.getInt("duration_minutes"), rs.getString("place"), rs.getString("online_link"),
                        rs.getString("contact_name"), rs.getString("contact_phone"), rs.getString("note"),
                        rs.getInt("sequence"), instant(rs, "updated_at")), applicationId).stream().findFirst();
    }

    List<ApplicantView> applicantsOf(UUID vacancyId) {
        return jdbc.query("""
                SELECT a.id, a.job_seeker_id, p.display_name, d.kecamatan_code, a.status, a.submitted_at, a.updated_at,
                       a.applicant_erased
                FROM application a
                LEFT JOIN account_projection p ON p.account_id = a.job_seeker_id
                LEFT JOIN account_domicile d ON d.account_id = a.job_seeker_id
                WHERE a.vacancy_id = ? ORDER BY a.submitted_at, a.id
                """, (rs, row) -> new ApplicantView(rs.getObject("id", UUID.class),
                        rs.getObject("job_seeker_id", UUID.class), rs.getString("display_name"),
                        rs.getString("kecamatan_code"), rs.getString("status"), instant(rs, "submitted_at"),
                        instant(rs, "updated_at"), rs.getBoolean("applicant_erased")), vacancyId);
    }

    /** Applicant name and kecamatan for the detail view (null once erased or never projected). */
    Optional<ApplicantView> applicant(UUID applicationId) {
        return jdbc.query("""
                SELECT a.id, a.job_seeker_id, p.display_name, d.kecamatan_code, a.status, a.submitted_at, a.updated_at,
                       a.applicant_erased
                FROM application a
                LEFT JOIN account_projection p ON p.account_id = a.job_seeker_id
                LEFT JOIN account_domicile d ON d.account_id = a.job_seeker_id
                WHERE a.id = ?
                """, (rs, row) -> new ApplicantView(rs.getObject("id", UUID.class),
                        rs.getObject("job_seeker_id", UUID.class), rs.getString("display_name"),
                        rs.getString("kecamatan_code"), rs.getString("status"), instant(rs, "submitted_at"),
                        instant(rs, "updated_at"), rs.getBoolean("applicant_erased")), applicationId)
                .stream().findFirst();
    }

    /** Per vacancy and status, how many applications: one grouped query for all of an employer's vacancies. */
    List<StatusCount> countsOf(Collection<UUID> vacancyIds) {
        if (vacancyIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement(
                    "SELECT vacancy_id, status, count(*) AS n FROM application WHERE vacancy_id = ANY (?) "
                            + "GROUP BY vacancy_id, status");
            statement.setArray(1, connection.createArrayOf("uuid", vacancyIds.toArray()));
            return statement;
        }, (rs, row) -> new StatusCount(rs.getObject("vacancy_id", UUID.class), rs.getString("status"),
                rs.getLong("n")));
    }

    List<MyApplicationView> ofJobSeeker(UUID jobSeekerId) {
        return jdbc.query("""
                SELECT a.id, a.vacancy_id, v.title, v.company_name, v.status AS vacancy_status, a.status,
                       a.status_reason_code, a.submitted_at, a.updated_at
                FROM application a JOIN vacancy v ON v.id = a.vacancy_id
                WHERE a.job_seeker_id = ? ORDER BY a.submitted_at DESC LIMIT 500
                """, (rs, row) -> new MyApplicationView(rs.getObject("id", UUID.class),
                        rs.getObject("vacancy_id", UUID.class), rs.getString("title"), rs.getString("company_name"),
                        rs.getString("vacancy_status"), rs.getString("status"), rs.getString("status_reason_code"),
                        instant(rs, "submitted_at"), instant(rs, "updated_at")), jobSeekerId);
    }

    private static StoredApplication stored(ResultSet rs, int row) throws SQLException {
        return new StoredApplication(rs.getObject("id", UUID.class), rs.getObject("vacancy_id", UUID.class),
                rs.getObject("job_seeker_id", UUID.class), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason_code"), rs.getString("status_note"), instant(rs, "submitted_at"),
                instant(rs, "updated_at"), rs.getObject("employer_id", UUID.class), rs.getString("title"),
                rs.getString("company_name"), rs.getString("vacancy_status"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getTimestamp(column).toInstant();
    }

    record StoredApplication(UUID id, UUID vacancyId, UUID jobSeekerId, ApplicationStatus status, String reasonCode,
                             String note, Instant submittedAt, Instant updatedAt, UUID employerId,
                             String vacancyTitle, String companyName, String vacancyStatus) {

        boolean isSeenBy(UUID accountId) {
            return jobSeekerId.equals(accountId) || employerId.equals(accountId);
        }
    }

    record StatusCount(UUID vacancyId, String status, long count) {
    }
}
