package id.infoloker.verification.cases;

import id.infoloker.events.AccountType;
import id.infoloker.events.VerificationOutcome;
import id.infoloker.verification.checks.CheckView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as staff see it in the queue, with its automatic checks. Deliberately without the NIK. */
public record CaseView(
        UUID id,
        UUID accountId,
        AccountType accountType,
        String displayName,
        String kecamatanCode,
        Instant registeredAt,
        CaseStatus status,
        UUID claimedBy,
        Instant leaseExpiresAt,
        VerificationOutcome outcome,
        Instant decidedAt,
        Documents documents,
        boolean documentsComplete,
        List<CheckView> checks) {

    /** The latest submission, or null if none arrived yet. */
    public record Documents(List<String> types, int submission, Instant submittedAt) {
    }
}
