package id.infoloker.notification.delivery;

/** The provider refused the message itself (e.g. a 4xx, a malformed address): retrying cannot help. */
class PermanentDeliveryException extends RuntimeException {

    PermanentDeliveryException(String message) {
        super(message);
    }
}
