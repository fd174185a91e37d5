package id.infoloker.events;

public enum AccountStatus {
    PENDING_VERIFICATION, REVISION_REQUESTED, VERIFIED, REJECTED, SUSPENDED, ERASED
}
