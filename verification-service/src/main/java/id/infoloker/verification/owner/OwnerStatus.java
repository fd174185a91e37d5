package id.infoloker.verification.owner;

/** Where an owner's verification stands, as the owner reads it (labels {@code owner.status.*} in the bundles). */
public enum OwnerStatus {
    /** "Menunggu dokumen": a required document is missing; staff do not see the case yet. */
    AWAITING_DOCUMENTS,
    /** "Menunggu verifikasi": in the queue, or being looked at. */
    AWAITING_VERIFICATION,
    /** "Revisi diminta": documents to redo. */
    REVISION_REQUESTED,
    APPROVED,
    REJECTED
}
