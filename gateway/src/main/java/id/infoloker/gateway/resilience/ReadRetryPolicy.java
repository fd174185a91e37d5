package id.infoloker.gateway.resilience;

import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * When the gateway asks a service again: only for a read (GET, HEAD) without a body, which a service may answer twice
 * without harm (a body streams through to the service once and is not kept, so it could not be sent again); only
 * when the request did not reach the service (a connection failure) or the service said it could not serve it now
 * (502, 503); at most {@code retries} times, waiting {@code firstBackoff}, then twice as long each time, never
 * longer than {@code maxBackoff}. Never on a timeout (a slow service gets no extra load) and never on a 500 (the same
 * request fails the same way).
 */
record ReadRetryPolicy(int retries, Duration firstBackoff, Duration maxBackoff) {

    ReadRetryPolicy {
        if (retries < 0) {
            throw new IllegalArgumentException("retries must be 0 or more, not " + retries);
        }
        if (firstBackoff.isNegative() || maxBackoff.compareTo(firstBackoff) < 0) {
            throw new IllegalArgumentException("back-off must satisfy 0 <= firstBackoff <= maxBackoff");
        }
    }

    boolean covers(HttpMethod method, boolean carriesBody) {
        return !carriesBody && (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method));
    }

    boolean retriesAnswer(HttpStatusCode status) {
        return status != null && (status.value() == HttpStatus.BAD_GATEWAY.value()
                || status.value() == HttpStatus.SERVICE_UNAVAILABLE.value());
    }

    boolean retriesFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** How long to wait before retry number {@code retriesDone + 1}. */
    Duration backoff(int retriesDone) {
        Duration wait = firstBackoff;
        for (int i = 0; i < retriesDone && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
