package id.infoloker.gateway.console;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.web.util.HtmlUtils;

/**
 * The console's sign-in form: plain HTML (works without scripts), labelled fields, the error announced to screen
 * readers and linked to the fields, no inline script or style (the console's CSP forbids both).
 */
final class LoginPage {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private LoginPage() {
    }

    /**
     * What account-service asked for beyond e-mail and password: a new password (the current one is a temporary one
     * from an ADMIN), or the enrolment of a second factor (its secret and otpauth:// URI, shown to type into the app).
     */
    record Step(boolean newPassword, String totpSecret, String otpauthUri) {

        static final Step NONE = new Step(false, null, null);
    }

    static String render(MessageSource messages, Locale locale, String csrfToken, String email, String errorKey) {
        return render(messages, locale, csrfToken, email, errorKey, Step.NONE);
    }

    /**
     * @param errorKey message key of the error to show, or null
     * @param email what the person typed, shown again after an error (never the password)
     */
    static String render(MessageSource messages, Locale locale, String csrfToken, String email, String errorKey,
                         Step step) {
        boolean english = isEnglish(locale);
        String lang = english ? "en" : "id";
        String action = english ? ConsolePaths.LOGIN + "?lang=en" : ConsolePaths.LOGIN;
        String error = errorKey == null ? null : text(messages, errorKey, locale);
        String invalid = error == null ? "" : " aria-invalid=\"true\" aria-describedby=\"login-error\"";
        StringBuilder html = new StringBuilder(2048);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escaped(messages, "console.login.title", locale)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(ConsolePaths.LOGIN_CSS).append("\">\n")
                .append("</head>\n<body>\n<main>\n")
                .append("<h1>").append(escaped(messages, "console.login.heading", locale)).append("</h1>\n")
                .append("<p>").append(escaped(messages, "console.login.intro", locale)).append("</p>\n");
        if (error != null) {
            html.append("<p id=\"login-error\" class=\"error\" role=\"alert\">")
                    .append(HtmlUtils.htmlEscape(error)).append("</p>\n");
        }
        html.append("<form method=\"post\" action=\"").append(action).append("\">\n")
                .append("<input type=\"hidden\" name=\"_csrf\" value=\"")
                .append(HtmlUtils.htmlEscape(csrfToken == null ? "" : csrfToken)).append("\">\n")
                .append("<label for=\"email\">").append(escaped(messages, "console.login.email", locale))
                .append("</label>\n")
                .append("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required")
                .append(" maxlength=\"254\" value=\"").append(HtmlUtils.htmlEscape(email == null ? "" : email))
                .append("\"").append(invalid).append(">\n")
                .append("<label for=\"password\">").append(escaped(messages, "console.login.password", locale))
                .append("</label>\n")
                .append("<input id=\"password\" name=\"password\" type=\"password\"")
                .append(" autocomplete=\"current-password\" required maxlength=\"200\"").append(invalid).append(">\n");
        if (step.totpSecret() != null) {
            html.append("<p id=\"totp-enrolment\">").append(escaped(messages, "console.login.enrol", locale))
                    .append("</p>\n<p><code id=\"totp-secret\">").append(HtmlUtils.htmlEscape(step.totpSecret()))
                    .append("</code></p>\n<p><code id=\"totp-uri\">")
                    .append(HtmlUtils.htmlEscape(step.otpauthUri() == null ? "" : step.otpauthUri()))
                    .append("</code></p>\n");
        }
        // Optional for everyone: staff who enrolled a second factor type the app's current code here.
        html.append("<label for=\"totpCode\">").append(escaped(messages, "console.login.totp", locale))
                .append("</label>\n")
                .append("<input id=\"totpCode\" name=\"totpCode\" inputmode=\"numeric\" autocomplete=\"one-time-code\"")
                .append(" pattern=\"[0-9]{6}\" maxlength=\"6\">\n");
        if (step.newPassword()) {
            html.append("<label for=\"newPassword\">").append(escaped(messages, "console.login.new-password", locale))
                    .append("</label>\n")
                    .append("<input id=\"newPassword\" name=\"newPassword\" type=\"password\"")
                    .append(" autocomplete=\"new-password\" required minlength=\"8\" maxlength=\"200\">\n");
        }
        html.append("<button type=\"submit\">").append(escaped(messages, "console.login.submit", locale))
                .append("</button>\n</form>\n")
                .append("<p><a href=\"").append(ConsolePaths.LOGIN).append(english ? "?lang=id\" hreflang=\"id\" lang=\"id\">"
                        : "?lang=en\" hreflang=\"en\" lang=\"en\">")
                .append(escaped(messages, "console.login.other-language", locale)).append("</a></p>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    static final String CSS = """
            body{font-family:system-ui,sans-serif;margin:0;background:#f4f5f7;color:#1b1f24}
            main{max-width:24rem;margin:4rem auto;padding:2rem;background:#fff;border-radius:.5rem;\
            box-shadow:0 1px 3px rgba(0,0,0,.15)}
            h1{font-size:1.5rem;margin-top:0}
            label{display:block;margin-top:1rem;font-weight:600}
            input{display:block;width:100%;box-sizing:border-box;padding:.6rem;margin-top:.25rem;font-size:1rem;\
            border:1px solid #6b7280;border-radius:.25rem}
            input:focus,button:focus,a:focus{outline:3px solid #2563eb;outline-offset:2px}
            button{margin-top:1.5rem;width:100%;padding:.7rem;font-size:1rem;font-weight:600;color:#fff;\
            background:#1d4ed8;border:0;border-radius:.25rem;cursor:pointer}
            .error{padding:.75rem;background:#fef2f2;color:#991b1b;border:1px solid #991b1b;border-radius:.25rem}
            a{color:#1d4ed8}
            """;

    private static String escaped(MessageSource messages, String key, Locale locale) {
        return HtmlUtils.htmlEscape(text(messages, key, locale));
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, key, isEnglish(locale) ? Locale.ENGLISH : INDONESIAN);
    }
}
