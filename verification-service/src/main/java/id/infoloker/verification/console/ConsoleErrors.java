package id.infoloker.verification.console;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.problem.Refusal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A refused console page is an HTML page in the console's language with a way back, never the API's JSON problem: a
 * verifier opening a stale link or a case that does not exist reads what happened. Before the kit's problem advice
 * (which still answers the API).
 */
@ControllerAdvice(annotations = ConsolePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

    private static final Logger log = LoggerFactory.getLogger(ConsoleErrors.class);

    private final MessageSource messages;

    ConsoleErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    String problem(ProblemException problem, Model model, Locale locale, HttpServletResponse response) {
        return page(problem.status(), problem.code(), problem.detailArguments(), model, locale, response);
    }

    @ExceptionHandler(Refusal.class)
    String refusal(Refusal refusal, Model model, Locale locale, HttpServletResponse response) {
        return problem(refusal.asProblem(), model, locale, response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    String badRequest(Exception e, Model model, Locale locale, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, "invalid-input", new Object[] {""}, model, locale, response);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, Locale locale, HttpServletResponse response) {
        if (sqlCauseOf(e) != null) {
            // A database error's message can quote the offending values ("Key (nik)=(...)"): its state only.
            log.error("Console page failed: database error {} (SQLState {})", e.getClass().getName(),
                    sqlCauseOf(e).getSQLState());
        } else {
            log.error("Console page failed", e);
        }
        return page(HttpStatus.INTERNAL_SERVER_ERROR, "console-error", new Object[0], model, locale, response);
    }

    private static java.sql.SQLException sqlCauseOf(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private String page(HttpStatus status, String code, Object[] arguments, Model model, Locale locale,
                        HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("language", locale.getLanguage());
        model.addAttribute("status", status.value());
        model.addAttribute("errorTitle", messages.getMessage("problem." + code + ".title", null,
                messages.getMessage("console.error.title", null, locale), locale));
        model.addAttribute("errorDetail", messages.getMessage("problem." + code + ".detail", arguments, "",
                locale));
        return "console/error";
    }
}
