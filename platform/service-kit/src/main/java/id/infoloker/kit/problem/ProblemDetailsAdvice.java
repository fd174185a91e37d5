package id.infoloker.kit.problem;

import id.infoloker.kit.database.DatabaseOutage;
import id.infoloker.kit.input.TextRule;
import id.infoloker.kit.input.UnacceptableParameterException;
import id.infoloker.kit.input.UnacceptableTextException;
import id.infoloker.kit.privacy.KeyServiceUnavailableException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Every error a service returns is RFC 9457 problem details with a stable {@code code}, localised texts and, for bad
 * input, an {@code errors} list naming each field and the rule it broke. Unexpected failures answer a bare 500 problem:
 * no stack trace, no exception message, which could leak personal data.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    /** The field rule (and {@code field.*} message key) for text with a control character or a lone surrogate. */
    static final String UNACCEPTABLE_TEXT = "ControlCharacter";

    /**
     * A restart or failover of PostgreSQL (or of account-service) takes seconds, not minutes; so does a busy moment
     * ({@link Refusal.Kind#BUSY}).
     */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ProblemMessages problems;

    public ProblemDetailsAdvice(ProblemMessages problems, MessageSource messageSource) {
        this.problems = problems;
        setMessageSource(messageSource);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.problem(e.status(), e.code(), locale, e.detailArguments());
        if (!e.fields().isEmpty()) {
            List<FieldProblem> errors = e.fields().stream()
                    .map(field -> new FieldProblem(field, e.code(), problem.getDetail()))
                    .toList();
            problems.withErrors(problem, errors);
        }
        e.properties().forEach(problem::setProperty);
        HttpHeaders headers = new HttpHeaders();
        Object retryAfter = e.properties().get("retryAfterSeconds");
        if (retryAfter != null) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
        }
        return ResponseEntity.status(e.status()).headers(headers).body(problem);
    }

    /** A domain's refusal (no HTTP in the domain): the problem it stands for. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> handleRefusal(Refusal e) {
        return handleProblem(e.asProblem());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
        if (DatabaseOutage.isCauseOf(e)) {
            log.warn("Database unavailable, answering 503: {} (SQLState {})", e.getClass().getName(),
                    DatabaseOutage.sqlStateOf(e).orElse("none"));
            return unavailable("database-unavailable");
        }
        if (KeyServiceUnavailableException.isCauseOf(e)) {
            // Sealing or opening someone's data needs their key from account-service, which did not answer.
            log.warn("Personal-data keys unavailable, answering 503: {}", e.getClass().getName());
            return unavailable("personal-data-keys-unavailable");
        }
        SQLException sql = sqlCauseOf(e);
        if (sql != null) {
            // A database error's message can quote the offending values ("Key (nik)=(...)"): log its state only.
            log.error("Unexpected database error {} (SQLState {})", e.getClass().getName(), sql.getSQLState());
        } else {
            log.error("Unexpected error", e);
        }
        ProblemDetail problem = problems.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                LocaleContextHolder.getLocale());
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem);
    }

    /**
     * The database, or account-service's key lookup, is away (stopped, failing over, unreachable): the request may well
     * succeed in a few seconds, so 503 with Retry-After tells clients and the gateway to come back, where a 500 would
     * say the request was wrong.
     */
    private ResponseEntity<ProblemDetail> unavailable(String code) {
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, code,
                LocaleContextHolder.getLocale());
        problem.setProperty("retryAfterSeconds", RETRY_AFTER_SECONDS);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            String rule = error.getCode() == null ? "Invalid" : error.getCode();
            errors.add(new FieldProblem(error.getField(), rule,
                    problems.fieldMessage(rule, fieldArguments(error), error.getDefaultMessage(), locale)));
        }
        String fieldNames = errors.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = problems.withErrors(
                problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", locale, fieldNames), errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String field = fieldOf(e);
        if (field == null) {
            return ResponseEntity.badRequest().headers(headers)
                    .body(problems.problem(HttpStatus.BAD_REQUEST, "malformed-body", locale));
        }
        String rule = causedByUnacceptableText(e) ? UNACCEPTABLE_TEXT : "Format";
        return ResponseEntity.badRequest().headers(headers).body(badField(field, rule).getBody());
    }

    /**
     * A multipart body that cannot be parsed (no boundary, unterminated, a broken part header) is the client's
     * mistake: 400, not the 500 it would fall through to. (Too large is the base class's 413, a closer match.)
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleMalformedMultipart(MultipartException e) {
        return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "malformed-multipart",
                LocaleContextHolder.getLocale()));
    }

    /**
     * A parameter the container cannot decode (bytes that are not UTF-8: Tomcat throws instead of skipping it) or
     * whose name Spring Security's firewall refuses: 400, where both used to fall through to a 500.
     */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ResponseEntity<ProblemDetail> handleUnreadableParameter(RuntimeException e) {
        return ResponseEntity.badRequest().body(problems.problem(HttpStatus.BAD_REQUEST, "malformed-parameter",
                LocaleContextHolder.getLocale()));
    }

    /** A query or form parameter with a character {@link TextRule} refuses. */
    @ExceptionHandler(UnacceptableParameterException.class)
    ResponseEntity<ProblemDetail> handleUnacceptableParameter(UnacceptableParameterException e) {
        return badField(e.parameter(), UNACCEPTABLE_TEXT);
    }

    private ResponseEntity<ProblemDetail> badField(String field, String rule) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "invalid-input", locale, field);
        problems.withErrors(problem, List.of(new FieldProblem(field, rule,
                problems.fieldMessage(rule, new Object[] {field}, "has the wrong format", locale))));
        return ResponseEntity.badRequest().body(problem);
    }

    private static boolean causedByUnacceptableText(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof UnacceptableTextException) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        // Framework errors (404, 405, 413, 415, ...) arrive with Spring's body, or none yet: give them our code and texts.
        ProblemDetail framework = body instanceof ProblemDetail detail ? detail
                : e instanceof ErrorResponse response ? response.getBody() : null;
        if (framework != null && (framework.getProperties() == null || !framework.getProperties().containsKey("code"))) {
            ProblemDetail localised = problems.problem(status, ProblemMessages.codeOf(status),
                    LocaleContextHolder.getLocale());
            if (localised.getDetail() == null) {
                localised.setDetail(framework.getDetail());
            }
            body = localised;
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> handleParameterType(MethodArgumentTypeMismatchException e) {
        return badField(e.getName(), "Format");
    }

    private static SQLException sqlCauseOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static Object[] fieldArguments(FieldError error) {
        Object[] arguments = error.getArguments();
        if (arguments == null || arguments.length <= 1) {
            return new Object[0];
        }
        // The first argument is the field's own name; the rest are the constraint's attributes in name order.
        Object[] attributes = new Object[arguments.length - 1];
        System.arraycopy(arguments, 1, attributes, 0, attributes.length);
        return attributes;
    }

    /** The JSON path of the value Jackson could not read, e.g. {@code birthDate} or {@code documents[1].type}. */
    private static String fieldOf(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
            return null;
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : jackson.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
