package id.infoloker.verification.decision;

import id.infoloker.events.VerificationOutcome;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the decision audit: a verifier's recent decisions, the latest decision on an account. */
@Component
public class DecisionHistory {

    private final JdbcTemplate jdbc;

    DecisionHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The verifier's latest decisions, newest first. */
    public List<RecordedDecision> recentBy(UUID verifier, int limit) {
        return jdbc.query("""
                SELECT d.case_id, d.account_id, c.display_name, c.account_type, d.outcome, d.reason_code, d.note,
                       d.documents_to_redo, d.decided_at
                FROM verification_decision d JOIN verification_case c ON c.id = d.case_id
                WHERE d.decided_by = ?
                ORDER BY d.decided_at DESC
                LIMIT ?
                """, (rs, row) -> map(rs), verifier, limit);
    }

    /** The latest decision on the account's case, if any. */
    /** Decisions by anyone after {@code since} (the owner's wait estimate). */
    public long countSince(java.time.Instant since) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM verification_decision WHERE decided_at > ?",
                Long.class, java.sql.Timestamp.from(since));
        return count == null ? 0 : count;
    }

    public java.util.Optional<RecordedDecision> latestFor(UUID accountId) {
        return jdbc.query("""
                SELECT d.case_id, d.account_id, c.display_name, c.account_type, d.outcome, d.reason_code, d.note,
                       d.documents_to_redo, d.decided_at
                FROM verification_decision d JOIN verification_case c ON c.id = d.case_id
                WHERE d.account_id = ?
                ORDER BY d.decided_at DESC
                LIMIT 1
                """, (rs, row) -> map(rs), accountId).stream().findFirst();
    }

    private static RecordedDecision map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        return new RecordedDecision(rs.getObject("case_id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("display_name"), rs.getString("account_type"),
                VerificationOutcome.valueOf(rs.getString("outcome")), rs.getString("reason_code"),
                rs.getString("note"), Arrays.asList((String[]) rs.getArray("documents_to_redo").getArray()),
                decidedAt.toInstant());
    }

    public record RecordedDecision(UUID caseId, UUID accountId, String displayName, String accountType,
                                   VerificationOutcome outcome, String reasonCode, String note,
                                   List<String> documentsToRedo, Instant decidedAt) {
    }
}
