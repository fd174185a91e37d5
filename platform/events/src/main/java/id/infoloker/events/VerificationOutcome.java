package id.infoloker.events;

public enum VerificationOutcome {
    APPROVED, REJECTED, REVISION_REQUESTED
}
