package id.infoloker.web.backend;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A service refused the request with a problem (RFC 9457, 4xx): the page shows its localised texts, and the field
 * errors beside the fields they name. The service answered in the person's language (web forwards it).
 */
public class BackendProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public BackendProblem(int status, String code, String title, String detail, List<FieldError> errors) {
        super("service answered " + status + " " + code);
        this.status = status;
        this.code = code == null ? "" : code;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The explanation to show; the title when the service gave no detail. */
    public String detail() {
        return detail == null || detail.isBlank() ? title : detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first message per field, for {@code th:text="${fieldErrors['nik']}"} beside each input. */
    public Map<String, String> messagesByField() {
        return errors.stream().filter(error -> error.field() != null)
                .collect(Collectors.toMap(FieldError::field, FieldError::message, (first, second) -> first));
    }

    public record FieldError(String field, String code, String message) {
    }
}
