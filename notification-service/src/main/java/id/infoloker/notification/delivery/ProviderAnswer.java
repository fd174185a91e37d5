package id.infoloker.notification.delivery;

import java.net.http.HttpClient;
import java.time.Duration;

/**
 * What a provider's HTTP status means for a delivery: 2xx accepted; 408, 429, 5xx and (for the token) 401 may pass,
 * so they are retried and count against the circuit; any other 4xx is about this message and is permanent.
 */
final class ProviderAnswer {

    static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** Returns if accepted; throws {@link PermanentDeliveryException} or {@link ProviderUnavailableException}. */
    static void check(String provider, int status, boolean transientRefusal) {
        if (status >= 200 && status < 300) {
            return;
        }
        // An expired or revoked token is the operator's to fix: keep the messages, let the breaker open and alert.
        boolean retryable = status >= 500 || status == 408 || status == 429 || status == 401 || transientRefusal;
        if (!retryable && status >= 400 && status < 500) {
            throw new PermanentDeliveryException(provider + " refused the message: HTTP " + status);
        }
        throw new ProviderUnavailableException(provider + " answered HTTP " + status);
    }

    /** The provider could not take the message now; another attempt may succeed. */
    static class ProviderUnavailableException extends RuntimeException {
        ProviderUnavailableException(String message) {
            super(message);
        }
    }

    private ProviderAnswer() {
    }
}
