package id.infoloker.verification.decision;

import id.infoloker.events.VerificationOutcome;
import id.infoloker.verification.cases.Claim;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who may decide a case and what a decision must carry:
 * <ul>
 *   <li>the request must be complete: REJECTED names a reason from the fixed list (LAINNYA also needs a note),
 *       REVISION_REQUESTED names the documents to redo;</li>
 *   <li>only the verifier holding the case with a live lease decides it, so two verifiers never decide one case and a
 *       verifier whose claim lapsed (and may have passed to a colleague) cannot.</li>
 * </ul>
 * Fields that do not belong to the outcome (a reason on an approval) are dropped, not stored.
 */
@Component
class DecisionPolicy {

    static final String KNOWN_REASONS = Arrays.stream(RejectionReason.values())
            .map(Enum::name).collect(Collectors.joining(", "));

    Decision decide(Claim claim, UUID verifier, DecisionRequest request, Instant now) {
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        List<String> documents = request.documentsToRedo() == null ? List.of()
                : request.documentsToRedo().stream().distinct().toList();
        RejectionReason reason = null;
        if (request.outcome() == VerificationOutcome.REJECTED) {
            if (request.reasonCode() == null || request.reasonCode().isBlank()) {
                return new Decision.Refused(Decision.Reason.REASON_REQUIRED, KNOWN_REASONS);
            }
            reason = RejectionReason.of(request.reasonCode()).orElse(null);
            if (reason == null) {
                return new Decision.Refused(Decision.Reason.UNKNOWN_REASON, request.reasonCode(), KNOWN_REASONS);
            }
            if (reason.needsNote() && note == null) {
                return new Decision.Refused(Decision.Reason.NOTE_REQUIRED);
            }
        }
        if (request.outcome() == VerificationOutcome.REVISION_REQUESTED && documents.isEmpty()) {
            return new Decision.Refused(Decision.Reason.DOCUMENTS_REQUIRED);
        }
        if (!claim.isHeldBy(verifier, now)) {
            return new Decision.Refused(Decision.Reason.NOT_CLAIMED);
        }
        return new Decision.Accepted(request.outcome(), reason, note,
                request.outcome() == VerificationOutcome.REVISION_REQUESTED ? documents : List.of());
    }
}
