package id.infoloker.account.applicants;

import id.infoloker.events.ApplicationStatusChanged;
import id.infoloker.events.ApplicationSubmitted;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * This service's projection of applications: which employer may read which applicant, and whether the application is
 * still open. The two topics are separate, so a status change may arrive before the submission: whichever comes
 * first inserts, and the latest {@code changed_at} wins, so order and replays do not matter.
 */
@Repository
class ApplicantAccess {

    private static final java.util.Set<String> OPEN = java.util.Set.of("DIKIRIM", "DILIHAT", "DIPROSES", "WAWANCARA");

    private final JdbcTemplate jdbc;

    ApplicantAccess(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void submitted(ApplicationSubmitted event) {
        jdbc.update("""
                INSERT INTO applicant_access (application_id, vacancy_id, employer_id, job_seeker_id, status,
                    changed_at)
                VALUES (?, ?, ?, ?, 'DIKIRIM', ?) ON CONFLICT (application_id) DO NOTHING
                """, event.applicationId(), event.vacancyId(), event.employerId(), event.jobSeekerId(),
                Timestamp.from(event.submittedAt()));
    }

    /** Events of the first shape carry no employer id: they can only update a row the submission created. */
    void statusChanged(ApplicationStatusChanged event) {
        if (event.employerId() == null) {
            jdbc.update("UPDATE applicant_access SET status = ?, changed_at = ? WHERE application_id = ? "
                    + "AND changed_at <= ?", event.status(), Timestamp.from(event.changedAt()),
                    event.applicationId(), Timestamp.from(event.changedAt()));
            return;
        }
        jdbc.update("""
                INSERT INTO applicant_access (application_id, vacancy_id, employer_id, job_seeker_id, status,
                    changed_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (application_id) DO UPDATE SET status = excluded.status, changed_at = excluded.changed_at
                WHERE applicant_access.changed_at <= excluded.changed_at
                """, event.applicationId(), event.vacancyId(), event.employerId(), event.jobSeekerId(),
                event.status(), Timestamp.from(event.changedAt()));
    }

    /** The job seeker of an open application of this employer's vacancy; empty for anyone else or once it ended. */
    Optional<UUID> openApplicantOf(UUID employerId, UUID applicationId) {
        return jdbc.query("SELECT job_seeker_id, status FROM applicant_access WHERE application_id = ? "
                        + "AND employer_id = ?", (rs, row) -> OPEN.contains(rs.getString("status"))
                        ? rs.getObject("job_seeker_id", UUID.class) : null, applicationId, employerId)
                .stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
