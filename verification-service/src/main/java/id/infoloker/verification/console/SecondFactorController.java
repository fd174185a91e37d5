package id.infoloker.verification.console;

import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Faktor kedua": a staff member enrols a TOTP authenticator app: the secret (base32, to type in) and its otpauth://
 * URI are shown, and the first code from the app confirms it. From then on the console's sign-in asks for a code.
 */
@Controller
@ConsolePage
@RequestMapping("/console/second-factor")
class SecondFactorController {

    private final AccountStaff staff;

    SecondFactorController(AccountStaff staff) {
        this.staff = staff;
    }

    @ModelAttribute
    void common(Model model, AuthenticatedAccount person, Locale locale, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        model.addAttribute("isAdmin", person.hasRole(Roles.ADMIN));
        model.addAttribute("language", locale.getLanguage());
    }

    @GetMapping
    String page(@RequestParam(required = false) String done, Model model) {
        model.addAttribute("confirmed", done != null);
        return "console/second-factor";
    }

    @PostMapping
    String enrol(Model model, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        model.addAttribute("enrolment", staff.enrol(authorization));
        return "console/second-factor";
    }

    @PostMapping("/confirm")
    ResponseEntity<Void> confirm(@RequestParam String code,
                                 @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        staff.confirm(code.strip(), authorization);
        return ConsoleRedirects.to("/console/second-factor?done", htmx);
    }
}
