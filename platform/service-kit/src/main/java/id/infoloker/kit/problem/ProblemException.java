package id.infoloker.kit.problem;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the service refuses for a reason the client can act on. Rendered as RFC 9457 problem details whose
 * {@code code} is stable and whose title and detail come from the message bundles ({@code problem.<code>.title},
 * {@code problem.<code>.detail}, formatted with {@code detailArguments}) in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Object[] detailArguments;
    private final List<String> fields = new ArrayList<>();
    /** RFC 9457's members and the kit's own, which a property must not repeat. */
    private static final java.util.Set<String> RESERVED =
            java.util.Set.of("type", "title", "status", "detail", "instance", "code", "errors");

    private final Map<String, Object> properties = new LinkedHashMap<>();

    public ProblemException(HttpStatus status, String code, Object... detailArguments) {
        super(code);
        this.status = status;
        this.code = code;
        this.detailArguments = detailArguments;
    }

    /** Names a request field the problem is about; it is listed under {@code errors}. */
    public ProblemException onField(String field) {
        fields.add(field);
        return this;
    }

    /** Adds a machine-readable extension member, e.g. {@code retryAfterSeconds}. */
    public ProblemException with(String name, Object value) {
        // A property named like a standard member was written as a second "status" (or "title", ...) member of the
        // same JSON object, which clients read as either value: refused where it is written.
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a standard problem member; name the property otherwise");
        }
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    public List<String> fields() {
        return List.copyOf(fields);
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }
}
