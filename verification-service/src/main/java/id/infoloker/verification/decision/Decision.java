package id.infoloker.verification.decision;

import id.infoloker.events.VerificationOutcome;
import java.util.List;
import org.springframework.http.HttpStatus;

/** What {@link DecisionPolicy} says about a request: a normalised decision to record, or why it is refused. */
sealed interface Decision {

    record Accepted(VerificationOutcome outcome, RejectionReason reason, String note, List<String> documentsToRedo)
            implements Decision {
    }

    record Refused(Refusal refusal, Object... detailArguments) implements Decision {
    }

    /** Each refusal with its problem code and the request field it is about (null if none). */
    enum Refusal {
        NOT_CLAIMED(HttpStatus.CONFLICT, "case-not-claimed", null),
        REASON_REQUIRED(HttpStatus.BAD_REQUEST, "reason-required", "reasonCode"),
        UNKNOWN_REASON(HttpStatus.BAD_REQUEST, "unknown-reason", "reasonCode"),
        NOTE_REQUIRED(HttpStatus.BAD_REQUEST, "note-required", "note"),
        DOCUMENTS_REQUIRED(HttpStatus.BAD_REQUEST, "documents-required", "documentsToRedo");

        final HttpStatus status;
        final String code;
        final String field;

        Refusal(HttpStatus status, String code, String field) {
            this.status = status;
            this.code = code;
            this.field = field;
        }
    }
}
