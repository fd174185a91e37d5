package id.infoloker.devstack;

/** The devstack could not do what was asked; the message says what to do about it. */
public class DevstackException extends RuntimeException {

    public DevstackException(String message) {
        super(message);
    }

    public DevstackException(String message, Throwable cause) {
        super(message, cause);
    }
}
