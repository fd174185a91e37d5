package id.infoloker.kit.privacy;

/**
 * The account service did not answer a key lookup. Like a database outage, not the record's fault: the kit's Kafka
 * error handler retries the record until the keys can be read again instead of dead-lettering it.
 */
public class KeyServiceUnavailableException extends RuntimeException {

    public KeyServiceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof KeyServiceUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
