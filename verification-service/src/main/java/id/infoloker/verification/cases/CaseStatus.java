package id.infoloker.verification.cases;

/** Where a case is in the queue. An expired claim stays CLAIMED in the table but is claimable again. */
public enum CaseStatus {
    PENDING, CLAIMED, DECIDED
}
