package id.infoloker.web.backend;

/**
 * A service is down, overloaded or answered 5xx: the person gets the 503 page with Retry-After, never a stack trace.
 * Their input is kept by the page that called (forms render again with what was typed).
 */
public class BackendUnavailable extends RuntimeException {

    private final long retryAfterSeconds;

    public BackendUnavailable(String service, long retryAfterSeconds, Throwable cause) {
        super(service + " unavailable", cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
