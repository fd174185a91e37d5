package id.infoloker.gateway.problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem the gateway answers itself (the services render their own). {@code code} is the stable,
 * machine-readable part; title and detail come from the message bundles in the caller's language.
 *
 * @param retryAfter when set, also sent as the {@code Retry-After} header (whole seconds, at least 1)
 */
public record Problem(HttpStatusCode status, String code, Duration retryAfter, Map<String, Object> properties) {

    public Problem {
        properties = Map.copyOf(properties);
    }

    public static Problem of(HttpStatusCode status, String code) {
        return new Problem(status, code, null, Map.of());
    }

    public Problem retryAfter(Duration delay) {
        return new Problem(status, code, delay, properties);
    }

    public Problem with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(properties);
        more.put(name, value);
        return new Problem(status, code, retryAfter, more);
    }

    /** Seconds for the {@code Retry-After} header: rounded up, never 0 (0 would invite an immediate retry storm). */
    public long retryAfterSeconds() {
        if (retryAfter == null) {
            return 0;
        }
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}
