package id.infoloker.verification.cases;

import java.time.Instant;
import java.util.UUID;

/** Who holds a case and until when; {@code claimedBy} and {@code leaseExpiresAt} are null unless CLAIMED. */
public record Claim(CaseStatus status, UUID claimedBy, Instant leaseExpiresAt) {

    /** True if {@code verifier} holds the case and the lease has not expired at {@code now}. */
    public boolean isHeldBy(UUID verifier, Instant now) {
        return status == CaseStatus.CLAIMED && verifier.equals(claimedBy) && leaseExpiresAt != null
                && leaseExpiresAt.isAfter(now);
    }
}
