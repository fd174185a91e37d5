package id.infoloker.web.registration;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.session.SessionHandoff;
import id.infoloker.web.signin.AccountTokens;
import id.infoloker.web.signin.SignInRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the job seeker's and the company's registration pages share: a refusal shown beside the fields it names, an
 * outage with its wait, and the sign-in right after the account was made. account-service checks every rule; web
 * repeats none.
 */
@Component
class RegistrationFlow {

    static final String AFTER_REGISTRATION = "/dokumen";

    private final AccountTokens tokens;
    private final SessionHandoff sessions;

    RegistrationFlow(AccountTokens tokens, SessionHandoff sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    /** The refusal's messages by form field; a refusal about no field of the form is the page's own error. */
    Map<String, String> refused(BackendProblem refused, List<String> formFields, Model model,
                                HttpServletResponse response) {
        response.setStatus(refused.status());
        Map<String, String> fieldErrors = onFormFields(refused.messagesByField());
        if (fieldErrors.keySet().stream().noneMatch(formFields::contains)) {
            model.addAttribute("formError", refused.detail());
        }
        return fieldErrors;
    }

    void unavailable(BackendUnavailable down, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(down.retryAfterSeconds()));
        model.addAttribute("unavailable", true);
        model.addAttribute("retryAfter", down.retryAfterSeconds());
    }

    /**
     * The account exists now. Signing in with the phone or e-mail and password just typed saves the person a second
     * form; should that fail (the service busy a moment), the sign-in page says the account was made.
     */
    String signInAfterRegistration(String username, String password, HttpServletRequest request,
                                   HttpServletResponse response) {
        String location;
        try {
            sessions.start(request, response, tokens.signIn(username, password));
            location = AFTER_REGISTRATION;
        } catch (SignInRefused | BackendUnavailable notNow) {
            location = "/masuk?registered=1&next=%2Fdokumen";
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, location);
        return null;
    }

    /**
     * The API's field names are the form's, except the consent's version, which the person agrees to by ticking the
     * consent box: an outdated version is explained there.
     */
    private static Map<String, String> onFormFields(Map<String, String> byApiField) {
        Map<String, String> byFormField = new LinkedHashMap<>();
        byApiField.forEach((field, message) -> byFormField.putIfAbsent(
                "consentVersion".equals(field) || "preferredLanguage".equals(field) ? "consent" : field, message));
        return byFormField;
    }

    static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
    }

    /** Blank is absent: account-service then answers "wajib diisi" rather than a format error. */
    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
