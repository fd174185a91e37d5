package id.infoloker.notification.delivery;

/** The channels that go through the delivery table (in-app is stored directly in the inbox). */
public enum Channel {
    EMAIL,
    /** SMS or WhatsApp, whichever the configured HTTP provider sends. */
    SMS
}
