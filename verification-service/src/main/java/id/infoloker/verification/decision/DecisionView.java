package id.infoloker.verification.decision;

import id.infoloker.events.VerificationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The decision as recorded, returned to the verifier. */
public record DecisionView(
        UUID caseId,
        UUID accountId,
        VerificationOutcome outcome,
        String reasonCode,
        String note,
        List<String> documentsToRedo,
        UUID decidedBy,
        Instant decidedAt) {
}
