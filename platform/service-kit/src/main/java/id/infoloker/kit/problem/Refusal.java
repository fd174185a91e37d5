package id.infoloker.kit.problem;

/**
 * A domain's refusal, thrown by policies and services that must not know about HTTP: the kit renders it as the same
 * problem details as a {@link ProblemException} ({@code code}, localised title/detail, the field it is about), with
 * the status its {@link Kind} stands for.
 */
public class Refusal extends RuntimeException {

    /**
     * What kind of refusal, so the adapter (HTTP here) picks the answer: 400, 403, 404, 409, and for BUSY (the request
     * was fine, the service has no room for it now) 503 with Retry-After.
     */
    public enum Kind {
        INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, BUSY
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final Object[] detailArguments;

    public Refusal(Kind kind, String code, String field, Object... detailArguments) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.detailArguments = detailArguments;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The request field the refusal is about, or null. */
    public String field() {
        return field;
    }

    public Object[] detailArguments() {
        return detailArguments.clone();
    }

    /** The problem this refusal is answered with over HTTP. */
    public ProblemException asProblem() {
        ProblemException problem = new ProblemException(switch (kind) {
            case INVALID -> org.springframework.http.HttpStatus.BAD_REQUEST;
            case FORBIDDEN -> org.springframework.http.HttpStatus.FORBIDDEN;
            case NOT_FOUND -> org.springframework.http.HttpStatus.NOT_FOUND;
            case CONFLICT -> org.springframework.http.HttpStatus.CONFLICT;
            case BUSY -> org.springframework.http.HttpStatus.SERVICE_UNAVAILABLE;
        }, code, detailArguments);
        if (kind == Kind.BUSY) {
            problem.with("retryAfterSeconds", ProblemDetailsAdvice.RETRY_AFTER_SECONDS);
        }
        return field == null ? problem : problem.onField(field);
    }
}
