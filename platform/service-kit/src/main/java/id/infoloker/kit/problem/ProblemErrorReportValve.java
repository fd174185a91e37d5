package id.infoloker.kit.problem;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat refuses some requests itself, before Spring sees them: a path it cannot decode or normalise (an encoded slash
 * or backslash, a NUL, {@code /..}). Its own report is an HTML page, which an API client cannot read; this one answers
 * a problem like every other refusal ({@code application/problem+json}, {@code code}, title and detail in Bahasa
 * Indonesia or English). Answers Spring already wrote are left alone.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final String BUNDLE = "infoloker.kit-messages";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String code = codeOf(status);
        Locale locale = String.valueOf(request.getHeader("Accept-Language")).toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.forLanguageTag("id");
        String body = "{\"type\":\"urn:infoloker:problem:" + code + "\",\"title\":\"" + text(code, "title", locale)
                + "\",\"status\":" + status + ",\"detail\":\"" + text(code, "detail", locale) + "\",\"code\":\""
                + code + "\"}";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Content-Language", locale.getLanguage());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer already committed: nothing more to tell it.
        }
    }

    static String codeOf(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 414 -> "uri-too-long";
            default -> status >= 500 ? "internal-error" : "bad-request";
        };
    }

    /** The bundle's text, JSON-escaped; texts in the kit's bundles hold no quote or backslash, but stay safe. */
    private static String text(String code, String part, Locale locale) {
        String text;
        try {
            // No fallback to the JVM's default locale: Bahasa Indonesia is the base bundle.
            text = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES)).getString("problem." + code + "." + part);
        } catch (MissingResourceException e) {
            text = code;
        }
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
