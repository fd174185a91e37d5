package id.infoloker.kit.problem;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds problem details whose texts come from the message bundles in the caller's language. */
public class ProblemMessages {

    private final MessageSource messages;

    public ProblemMessages(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail problem(HttpStatusCode status, String code, Locale locale, Object... detailArguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("urn:infoloker:problem:" + code));
        problem.setTitle(messages.getMessage("problem." + code + ".title", null, defaultTitle(status), locale));
        problem.setDetail(messages.getMessage("problem." + code + ".detail", detailArguments, null, locale));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    public String fieldMessage(String ruleCode, Object[] arguments, String fallback, Locale locale) {
        return messages.getMessage("field." + ruleCode, arguments, fallback, locale);
    }

    /** A stable code for framework-raised errors, e.g. 405 becomes {@code method-not-allowed}. */
    public static String codeOf(HttpStatusCode status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String defaultTitle(HttpStatusCode status) {
        org.springframework.http.HttpStatus known = org.springframework.http.HttpStatus.resolve(status.value());
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
