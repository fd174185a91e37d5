package id.infoloker.events;

/** Kafka record headers every event carries besides the W3C trace context. */
public final class EventHeaders {

    /** UUID of the event; consumers use it as their de-duplication key. */
    public static final String EVENT_ID = "event-id";
    /** Simple name of the payload record, e.g. {@code AccountRegistered}. */
    public static final String EVENT_TYPE = "event-type";
    /** ISO-8601 instant at which the state change was committed. */
    public static final String OCCURRED_AT = "occurred-at";

    private EventHeaders() {
    }
}
