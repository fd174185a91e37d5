package id.infoloker.verification.cases;

import id.infoloker.events.AccountType;
import id.infoloker.events.VerificationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A case as staff see it in the queue. Deliberately without the NIK. */
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
        Documents documents) {

    /** The latest submission, or null if none arrived yet. */
    public record Documents(List<String> types, int submission, Instant submittedAt) {
    }
}
