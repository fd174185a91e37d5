package id.infoloker.kit.inbox;

/**
 * A record that can never be processed (no event id, unreadable payload). Not retried: it goes straight to the
 * dead-letter topic. The message never contains the payload, which may hold personal data.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
