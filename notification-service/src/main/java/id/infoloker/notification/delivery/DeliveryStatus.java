package id.infoloker.notification.delivery;

public enum DeliveryStatus {
    PENDING,
    SENT,
    /** The provider kept failing after the last retry; an ADMIN may retry it. */
    FAILED
}
