package id.infoloker.verification.decision;

import id.infoloker.events.VerificationOutcome;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A verifier's decision on a case they hold. {@code reasonCode} is one of {@link RejectionReason} and required for
 * REJECTED; {@code documentsToRedo} (document types such as KTP, IJAZAH) is required for REVISION_REQUESTED.
 */
public record DecisionRequest(
        @NotNull VerificationOutcome outcome,
        String reasonCode,
        @Size(max = 1000) String note,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String> documentsToRedo) {
}
