package id.infoloker.vacancy.moderation;

import id.infoloker.vacancy.vacancies.PostingBans;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class EmployerSuspensions implements PostingBans {

    private final JdbcTemplate jdbc;

    EmployerSuspensions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean isSuspended(UUID employerId) {
        return find(employerId).isPresent();
    }

    Optional<Suspension> find(UUID employerId) {
        return jdbc.query("SELECT reason_code, note, suspended_by, suspended_at FROM employer_suspension "
                        + "WHERE employer_id = ?", (rs, row) -> new Suspension(rs.getString("reason_code"),
                        rs.getString("note"), rs.getObject("suspended_by", UUID.class),
                        rs.getTimestamp("suspended_at").toInstant()), employerId).stream().findFirst();
    }

    /** @return false if the employer was suspended already */
    boolean insert(UUID employerId, String reasonCode, String note, UUID by, Instant at) {
        return jdbc.update("""
                INSERT INTO employer_suspension (employer_id, reason_code, note, suspended_by, suspended_at)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT (employer_id) DO NOTHING
                """, employerId, reasonCode, note, by, Timestamp.from(at)) == 1;
    }

    /** @return false if the employer was not suspended */
    boolean delete(UUID employerId) {
        return jdbc.update("DELETE FROM employer_suspension WHERE employer_id = ?", employerId) == 1;
    }

    record Suspension(String reasonCode, String note, UUID suspendedBy, Instant suspendedAt) {
    }
}
