package id.infoloker.web.registration;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.reference.Codes;
import id.infoloker.web.reference.Kecamatans;
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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Daftar" for job seekers. account-service checks every rule (NIK, contacts, password, kecamatan, consent); a
 * refusal comes back as the form with what was typed (except the password) and each message beside its field. An
 * accepted registration — also one sent twice, which account-service answers 202 again — signs the person in with
 * what they just typed and takes them to their documents.
 */
@Controller
class RegistrationPages {

    static final String VIEW = "registration/daftar";
    /** The form's fields in page order, for the error summary. */
    static final List<String> FIELDS = List.of("fullName", "nik", "birthPlace", "birthDate", "sex", "email", "phone",
            "password", "address", "kecamatanCode", "education", "consent");
    static final String AFTER_REGISTRATION = "/dokumen";

    private final JobSeekerRegistrations registrations;
    private final AccountTokens tokens;
    private final Kecamatans kecamatans;
    private final ConsentText consent;
    private final SessionHandoff sessions;

    RegistrationPages(JobSeekerRegistrations registrations, AccountTokens tokens, Kecamatans kecamatans,
                      ConsentText consent, SessionHandoff sessions) {
        this.registrations = registrations;
        this.tokens = tokens;
        this.kecamatans = kecamatans;
        this.consent = consent;
        this.sessions = sessions;
    }

    @GetMapping("/daftar")
    String form(Model model) {
        return page(model, RegistrationForm.EMPTY, Map.of());
    }

    @PostMapping("/daftar")
    String register(RegistrationForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            registrations.register(JobSeekerRegistrations.Request.of(form, language(), consent.version()));
        } catch (BackendProblem refused) {
            response.setStatus(refused.status());
            Map<String, String> fieldErrors = onFormFields(refused.messagesByField());
            if (fieldErrors.keySet().stream().noneMatch(FIELDS::contains)) {
                model.addAttribute("formError", refused.detail());
            }
            return page(model, form.withoutPassword(), fieldErrors);
        } catch (BackendUnavailable down) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(down.retryAfterSeconds()));
            model.addAttribute("unavailable", true);
            model.addAttribute("retryAfter", down.retryAfterSeconds());
            return page(model, form.withoutPassword(), Map.of());
        }
        return signInAfterRegistration(form, request, response);
    }

    /**
     * The account exists now. Signing in with the phone or e-mail and password just typed saves the person a second
     * form; should that fail (the service busy a moment), the sign-in page says the account was made.
     */
    private String signInAfterRegistration(RegistrationForm form, HttpServletRequest request,
                                           HttpServletResponse response) {
        String location;
        try {
            sessions.start(request, response, tokens.signIn(form.username(), form.password()));
            location = AFTER_REGISTRATION;
        } catch (SignInRefused | BackendUnavailable notNow) {
            location = "/masuk?registered=1&next=%2Fdokumen";
        }
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, location);
        return null;
    }

    private String page(Model model, RegistrationForm form, Map<String, String> fieldErrors) {
        model.addAttribute("form", form);
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("errorFields", FIELDS.stream().filter(fieldErrors::containsKey).toList());
        model.addAttribute("kecamatans", kecamatans.all());
        model.addAttribute("educations", Codes.EDUCATION);
        model.addAttribute("consentVersion", consent.version());
        return VIEW;
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

    private static String language() {
        return "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? "en" : "id";
    }
}
