package id.infoloker.verification.decision;

import static org.assertj.core.api.Assertions.assertThat;

import id.infoloker.events.VerificationOutcome;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.Claim;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DecisionPolicyTest {

    private final DecisionPolicy policy = new DecisionPolicy();
    private final UUID verifier = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-09-14T03:00:00Z");
    private final Claim held = new Claim(CaseStatus.CLAIMED, verifier, now.plusSeconds(60));

    @Test
    void theHolderMayApproveAndFieldsThatDoNotBelongToAnApprovalAreDropped() {
        Decision decision = policy.decide(held, verifier,
                new DecisionRequest(VerificationOutcome.APPROVED, "DUPLIKAT", "  ok  ", List.of("KTP")), now);

        assertThat(decision).isEqualTo(new Decision.Accepted(VerificationOutcome.APPROVED, null, "ok", List.of()));
    }

    @Test
    void someoneElseOrAnExpiredLeaseOrADecidedCaseIsNotClaimed() {
        DecisionRequest approve = new DecisionRequest(VerificationOutcome.APPROVED, null, null, null);

        assertRefused(policy.decide(held, UUID.randomUUID(), approve, now), Decision.Reason.NOT_CLAIMED);
        assertRefused(policy.decide(held, verifier, approve, now.plusSeconds(60)), Decision.Reason.NOT_CLAIMED);
        assertRefused(policy.decide(new Claim(CaseStatus.PENDING, null, null), verifier, approve, now),
                Decision.Reason.NOT_CLAIMED);
        assertRefused(policy.decide(new Claim(CaseStatus.DECIDED, null, null), verifier, approve, now),
                Decision.Reason.NOT_CLAIMED);
    }

    @Test
    void aRejectionNeedsAKnownReason() {
        assertRefused(policy.decide(held, verifier,
                new DecisionRequest(VerificationOutcome.REJECTED, null, null, null), now),
                Decision.Reason.REASON_REQUIRED);
        assertRefused(policy.decide(held, verifier,
                new DecisionRequest(VerificationOutcome.REJECTED, "nik_tidak_valid", null, null), now),
                Decision.Reason.UNKNOWN_REASON);
        assertThat(policy.decide(held, verifier,
                new DecisionRequest(VerificationOutcome.REJECTED, "NIK_TIDAK_VALID", null, null), now))
                .isEqualTo(new Decision.Accepted(VerificationOutcome.REJECTED, RejectionReason.NIK_TIDAK_VALID, null,
                        List.of()));
    }

    @Test
    void otherReasonsNeedANote() {
        assertRefused(policy.decide(held, verifier,
                new DecisionRequest(VerificationOutcome.REJECTED, "LAINNYA", "   ", null), now),
                Decision.Reason.NOTE_REQUIRED);
        assertThat(policy.decide(held, verifier,
                new DecisionRequest(VerificationOutcome.REJECTED, "LAINNYA", "Lowongan palsu", null), now))
                .isInstanceOf(Decision.Accepted.class);
    }

    @Test
    void aRevisionRequestNamesEachDocumentOnce() {
        assertRefused(policy.decide(held, verifier,
                new DecisionRequest(VerificationOutcome.REVISION_REQUESTED, null, null, List.of()), now),
                Decision.Reason.DOCUMENTS_REQUIRED);
        assertThat(policy.decide(held, verifier, new DecisionRequest(VerificationOutcome.REVISION_REQUESTED, null,
                "Foto buram", List.of("KTP", "PAS_FOTO", "KTP")), now))
                .isEqualTo(new Decision.Accepted(VerificationOutcome.REVISION_REQUESTED, null, "Foto buram",
                        List.of("KTP", "PAS_FOTO")));
    }

    @ParameterizedTest
    @EnumSource(VerificationOutcome.class)
    void anIncompleteRequestIsABadRequestBeforeItIsAConflict(VerificationOutcome outcome) {
        Decision decision = policy.decide(held, UUID.randomUUID(), new DecisionRequest(outcome, null, null, null),
                now);

        assertThat(decision).isInstanceOf(Decision.Refused.class);
        Decision.Reason refusal = ((Decision.Refused) decision).reason();
        assertThat(refusal).isEqualTo(outcome == VerificationOutcome.APPROVED ? Decision.Reason.NOT_CLAIMED
                : outcome == VerificationOutcome.REJECTED ? Decision.Reason.REASON_REQUIRED
                : Decision.Reason.DOCUMENTS_REQUIRED);
    }

    private static void assertRefused(Decision decision, Decision.Reason expected) {
        assertThat(decision).isInstanceOfSatisfying(Decision.Refused.class,
                refused -> assertThat(refused.reason()).isEqualTo(expected));
    }
}
