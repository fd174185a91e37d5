package id.infoloker.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A verifier decided a case. {@code reasonCode} is set for REJECTED, {@code documentsToRedo} for REVISION_REQUESTED;
 * {@code decidedBy} is the verifier's account id.
 *
 * <p>On Kafka {@code note} (the verifier's free text about the person) is {@code null} and travels only inside
 * {@code personalData}, sealed with the person's key like {@link AccountRegistered}'s; a decision without a note
 * carries no {@code personalData}.
 */
public record VerificationDecided(
        UUID caseId,
        UUID accountId,
        VerificationOutcome outcome,
        String reasonCode,
        String note,
        List<String> documentsToRedo,
        UUID decidedBy,
        Instant decidedAt,
        String personalData) {

    /** A decision with its note in the clear (before sealing, or after opening). */
    public VerificationDecided(UUID caseId, UUID accountId, VerificationOutcome outcome, String reasonCode, String note,
                               List<String> documentsToRedo, UUID decidedBy, Instant decidedAt) {
        this(caseId, accountId, outcome, reasonCode, note, documentsToRedo, decidedBy, decidedAt, null);
    }

    /** What is sealed. */
    public record Personal(String note) {
    }

    public Personal personal() {
        return new Personal(note);
    }

    public boolean hasPersonalData() {
        return note != null;
    }

    public VerificationDecided sealedAs(String sealed) {
        return new VerificationDecided(caseId, accountId, outcome, reasonCode, null, documentsToRedo, decidedBy,
                decidedAt, sealed);
    }

    /** Opened again; {@code personal} null when the key is gone (the person was erased): no note. */
    public VerificationDecided openedWith(Personal personal) {
        return new VerificationDecided(caseId, accountId, outcome, reasonCode,
                personal == null ? null : personal.note(), documentsToRedo, decidedBy, decidedAt, null);
    }
}
