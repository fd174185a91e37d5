package id.infoloker.verification.decision;

import id.infoloker.events.VerificationOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One row of the decision audit. Append-only: immutable here, and a trigger refuses UPDATE and DELETE. */
@Entity
@Immutable
@Table(name = "verification_decision")
class DecisionRecord {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private VerificationOutcome outcome;

    @Column(name = "reason_code")
    private String reasonCode;

    @Column(name = "note")
    private String note;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "documents_to_redo", columnDefinition = "text[]", nullable = false)
    private List<String> documentsToRedo;

    @Column(name = "decided_by", nullable = false)
    private UUID decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected DecisionRecord() {
    }

    DecisionRecord(UUID caseId, UUID accountId, Decision.Accepted decision, UUID decidedBy, Instant decidedAt) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.accountId = accountId;
        this.outcome = decision.outcome();
        this.reasonCode = decision.reason() == null ? null : decision.reason().name();
        this.note = decision.note();
        this.documentsToRedo = List.copyOf(decision.documentsToRedo());
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
    }
}
