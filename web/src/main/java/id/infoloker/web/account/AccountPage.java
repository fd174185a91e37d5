package id.infoloker.web.account;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.reference.Codes;
import id.infoloker.web.reference.Kecamatans;
import id.infoloker.web.session.SessionHandoff;
import id.infoloker.web.signin.AccountTokens;
import id.infoloker.web.signin.SignInRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Akun saya": change the password, the e-mail address or phone number (each confirmed with a code sent to the new
 * one), address and education, and ask for a correction of identity data ("koreksi data"), which a verifier checks.
 * Every form posts here and comes back as the page: 303 with a notice when done, or the page with the service's
 * refusal beside the field it names. Personal page: signed in, {@code private, no-store} (PersonalPages).
 */
@Controller
class AccountPage {

    static final String VIEW = "account/akun";

    private final AccountApi accounts;
    private final AccountTokens tokens;
    private final SessionHandoff sessions;
    private final Kecamatans kecamatans;

    AccountPage(AccountApi accounts, AccountTokens tokens, SessionHandoff sessions, Kecamatans kecamatans) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.sessions = sessions;
        this.kecamatans = kecamatans;
    }

    @GetMapping("/akun")
    ModelAndView show(@RequestParam Map<String, String> parameters) {
        String done = parameters.keySet().stream().filter(AccountPage::isNotice).findFirst().orElse(null);
        return page(HttpStatus.OK).addObject("done", done);
    }

    /** Every session ends with the change; the person stays signed in here with a new one. */
    @PostMapping("/akun/sandi")
    ModelAndView changePassword(@ModelAttribute AccountForms.PasswordForm form, HttpServletRequest request,
                                HttpServletResponse response) {
        AccountApi.MyAccount account = accounts.me();
        try {
            accounts.changePassword(orEmpty(form.currentPassword()), orEmpty(form.newPassword()));
        } catch (BackendProblem refused) {
            return refusedIn("password", refused, Map.of());
        }
        try {
            sessions.start(request, response, tokens.signIn(account.email(), form.newPassword()));
            return done("sandi-baru");
        } catch (SignInRefused notNow) {
            return new ModelAndView("redirect:/masuk?sandi-baru", HttpStatus.SEE_OTHER);
        }
    }

    @PostMapping("/akun/email")
    ModelAndView sendEmailCode(@ModelAttribute AccountForms.ContactForm form) {
        return sendCode("email", form, accounts::sendCodeToNewEmail);
    }

    @PostMapping("/akun/email/konfirmasi")
    ModelAndView confirmEmail(@ModelAttribute AccountForms.ContactForm form) {
        return confirm("email", form, accounts::confirmNewEmail);
    }

    @PostMapping("/akun/hp")
    ModelAndView sendPhoneCode(@ModelAttribute AccountForms.ContactForm form) {
        return sendCode("phone", form, accounts::sendCodeToNewPhone);
    }

    @PostMapping("/akun/hp/konfirmasi")
    ModelAndView confirmPhone(@ModelAttribute AccountForms.ContactForm form) {
        return confirm("phone", form, accounts::confirmNewPhone);
    }

    @PostMapping("/akun/profil")
    ModelAndView changeProfile(@ModelAttribute AccountForms.ProfileForm form) {
        try {
            accounts.changeProfile(orEmpty(form.address()).strip(), form.kecamatanCode(), form.education());
            return done("profil");
        } catch (BackendProblem refused) {
            return refusedIn("profile", refused, Map.of()).addObject("profileForm", form);
        }
    }

    /** The account goes back to verification: the status page says what happens next. */
    @PostMapping("/akun/koreksi")
    ModelAndView requestCorrection(@ModelAttribute IdentityForm form) {
        try {
            accounts.requestCorrection(form);
            return new ModelAndView("redirect:/status?koreksi", HttpStatus.SEE_OTHER);
        } catch (BackendProblem refused) {
            return refusedIn("identity", refused, Map.of()).addObject("identityForm", form);
        }
    }

    private ModelAndView sendCode(String field, AccountForms.ContactForm form, Consumer<String> send) {
        try {
            send.accept(form.trimmedValue());
            return page(HttpStatus.OK).addObject(field + "Pending", form.trimmedValue());
        } catch (BackendProblem refused) {
            return refusedIn(field, refused, Map.of()).addObject(field + "Typed", form.trimmedValue());
        }
    }

    private ModelAndView confirm(String field, AccountForms.ContactForm form, Consumer<String> confirmation) {
        try {
            confirmation.accept(form.digitsOfCode());
            return done(field);
        } catch (BackendProblem refused) {
            // The code's field is named "code" by the API; on this page it is the section's code input.
            return refusedIn(field, refused, Map.of("code", field + "Code"))
                    .addObject(field + "Pending", form.trimmedValue());
        }
    }

    private ModelAndView refusedIn(String section, BackendProblem refused, Map<String, String> renamed) {
        Map<String, String> fieldErrors = new HashMap<>();
        refused.messagesByField().forEach((field, message) -> fieldErrors.put(renamed.getOrDefault(field, field),
                message));
        ModelAndView page = page(HttpStatusCode.valueOf(refused.status())).addObject("fieldErrors", fieldErrors);
        return fieldErrors.isEmpty() ? page.addObject("sectionErrors", Map.of(section, refused.detail())) : page;
    }

    private ModelAndView page(HttpStatusCode status) {
        AccountApi.MyAccount account = accounts.me();
        ModelAndView page = new ModelAndView(VIEW, status)
                .addObject("account", account)
                .addObject("fieldErrors", Map.of())
                .addObject("sectionErrors", Map.of())
                .addObject("kecamatans", kecamatans.all())
                .addObject("educations", Codes.EDUCATION);
        if (account.jobSeekerAccount()) {
            page.addObject("profileForm", AccountForms.ProfileForm.of(account))
                    .addObject("identityForm", IdentityForm.of(account));
        }
        return page;
    }

    private static ModelAndView done(String what) {
        return new ModelAndView("redirect:/akun?" + what, HttpStatus.SEE_OTHER);
    }

    private static boolean isNotice(String parameter) {
        return switch (parameter) {
            case "sandi-baru", "email", "phone", "profil" -> true;
            default -> false;
        };
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
