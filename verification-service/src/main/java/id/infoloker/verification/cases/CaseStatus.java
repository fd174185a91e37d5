package id.infoloker.verification.cases;

/**
 * Where a case is in the queue. An expired claim stays CLAIMED in the table but is claimable again. WITHDRAWN: the
 * person erased their account before a decision; the case is never offered again.
 */
public enum CaseStatus {
    PENDING, CLAIMED, DECIDED, WITHDRAWN
}
