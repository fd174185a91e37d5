package id.infoloker.verification.decision;

import id.infoloker.events.VerificationOutcome;
import java.util.List;
import id.infoloker.kit.problem.Refusal;

/** What {@link DecisionPolicy} says about a request: a normalised decision to record, or why it is refused. */
sealed interface Decision {

    record Accepted(VerificationOutcome outcome, RejectionReason reason, String note, List<String> documentsToRedo)
            implements Decision {
    }

    record Refused(Reason reason, Object... detailArguments) implements Decision {

        /** The refusal the kit answers as a problem (400 / 409) with the reason's code and field. */
        Refusal asRefusal() {
            return new Refusal(reason.kind, reason.code, reason.field, detailArguments);
        }
    }

    /** Each reason to refuse, with its kind, problem code and the request field it is about (null if none). */
    enum Reason {
        NOT_CLAIMED(Refusal.Kind.CONFLICT, "case-not-claimed", null),
        REASON_REQUIRED(Refusal.Kind.INVALID, "reason-required", "reasonCode"),
        UNKNOWN_REASON(Refusal.Kind.INVALID, "unknown-reason", "reasonCode"),
        NOTE_REQUIRED(Refusal.Kind.INVALID, "note-required", "note"),
        DOCUMENTS_REQUIRED(Refusal.Kind.INVALID, "documents-required", "documentsToRedo");

        final Refusal.Kind kind;
        final String code;
        final String field;

        Reason(Refusal.Kind kind, String code, String field) {
            this.kind = kind;
            this.code = code;
            this.field = field;
        }
    }
}
