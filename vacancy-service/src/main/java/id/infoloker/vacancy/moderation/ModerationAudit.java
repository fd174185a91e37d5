package id.infoloker.vacancy.moderation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The append-only record of reviewers' notes and decisions (a trigger refuses UPDATE and DELETE, V60). */
@Repository
class ModerationAudit {

    private final JdbcTemplate jdbc;

    ModerationAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(UUID actorId, Action action, UUID vacancyId, UUID employerId, String reasonCode, String note,
                Instant at) {
        jdbc.update("""
                INSERT INTO moderation_audit (at, actor_id, action, vacancy_id, employer_id, reason_code, note)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, Timestamp.from(at), actorId, action.name(), vacancyId, employerId, reasonCode, note);
    }

    List<Entry> ofEmployer(UUID employerId, int limit) {
        return jdbc.query("""
                SELECT at, actor_id, action, vacancy_id, employer_id, reason_code, note FROM moderation_audit
                WHERE employer_id = ? ORDER BY at DESC, id DESC LIMIT ?
                """, (rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getObject("actor_id", UUID.class),
                        rs.getString("action"), rs.getObject("vacancy_id", UUID.class),
                        rs.getObject("employer_id", UUID.class), rs.getString("reason_code"), rs.getString("note")),
                employerId, limit);
    }

    enum Action { RELEASE, REJECT, TAKE_DOWN, SUSPEND, LIFT_SUSPENSION, NOTE, DISMISS_REPORTS }

    record Entry(Instant at, UUID actorId, String action, UUID vacancyId, UUID employerId, String reasonCode,
                 String note) {
    }
}
