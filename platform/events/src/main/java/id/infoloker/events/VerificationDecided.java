package id.infoloker.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A verifier decided a case. {@code reasonCode} is set for REJECTED, {@code documentsToRedo} for REVISION_REQUESTED;
 * {@code decidedBy} is the verifier's account id.
 */
public record VerificationDecided(
        UUID caseId,
        UUID accountId,
        VerificationOutcome outcome,
        String reasonCode,
        String note,
        List<String> documentsToRedo,
        UUID decidedBy,
        Instant decidedAt) {
}
