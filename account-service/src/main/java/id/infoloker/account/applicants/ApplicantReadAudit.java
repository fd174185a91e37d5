package id.infoloker.account.applicants;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Every employer read of an applicant's profile or CV, written in the transaction of the read. */
@Repository
public class ApplicantReadAudit {

    private final JdbcTemplate jdbc;

    ApplicantReadAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID ownerId, UUID applicationId, UUID readerId, String what, UUID documentId, Instant at) {
        jdbc.update("""
                INSERT INTO applicant_read_audit (id, owner_id, application_id, reader_id, what, document_id, read_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, UUID.randomUUID(), ownerId, applicationId, readerId, what, documentId, Timestamp.from(at));
    }

    /** For the person's export: which employer read what of theirs, when. */
    public List<EmployerRead> of(UUID ownerId) {
        return jdbc.query("""
                SELECT application_id, reader_id, what, document_id, read_at FROM applicant_read_audit
                WHERE owner_id = ? ORDER BY read_at
                """, (rs, row) -> new EmployerRead(rs.getObject("application_id", UUID.class),
                        rs.getObject("reader_id", UUID.class), rs.getString("what"),
                        rs.getObject("document_id", UUID.class), rs.getTimestamp("read_at").toInstant()), ownerId);
    }

    /** {@code what}: PROFILE (profile and contacts) or CV (the file, {@code documentId}). */
    public record EmployerRead(UUID applicationId, UUID employerId, String what, UUID documentId, Instant readAt) {
    }
}
