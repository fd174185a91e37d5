package id.infoloker.web.signin;

import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.session.SessionHandoff;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Masuk": e-mail or phone and password, checked by account-service. On success the tokens go to the gateway (which
 * makes the session cookies) and the person continues where they were going; on failure the form again, with what
 * they typed except the password, and the reason in their language.
 */
@Controller
class SignInPages {

    static final String VIEW = "signin/masuk";

    private final AccountTokens tokens;
    private final SessionHandoff sessions;

    SignInPages(AccountTokens tokens, SessionHandoff sessions) {
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @GetMapping("/masuk")
    String form(@RequestParam(required = false) String next, @RequestParam(required = false) String registered,
                @RequestParam(name = "sandi-baru", required = false) String newPassword, Model model) {
        model.addAttribute("username", "");
        model.addAttribute("next", NextPath.orHome(next));
        model.addAttribute("registered", registered != null);
        model.addAttribute("newPassword", newPassword != null);
        return VIEW;
    }

    @PostMapping("/masuk")
    String signIn(SignInForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        String next = NextPath.orHome(form.next());
        model.addAttribute("username", form.username() == null ? "" : form.username().strip());
        model.addAttribute("next", next);
        if (blank(form.username()) || blank(form.password())) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("reasonKey", "signin.missing");
            return VIEW;
        }
        try {
            sessions.start(request, response, tokens.signIn(form.username().strip(), form.password()));
            response.setStatus(HttpStatus.SEE_OTHER.value());
            response.setHeader(HttpHeaders.LOCATION, next);
            return null;
        } catch (SignInRefused refused) {
            response.setStatus(refused.status());
            if (refused.retryAfterSeconds() != null) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
            }
            if (refused.detail() != null && !refused.detail().isBlank()) {
                model.addAttribute("reason", refused.detail());
            } else {
                model.addAttribute("reasonKey", reasonKey(refused.status()));
            }
            return VIEW;
        } catch (BackendUnavailable down) {
            // The form stays, with the username, so that trying again is one tap.
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(down.retryAfterSeconds()));
            model.addAttribute("reasonKey", "signin.unavailable");
            model.addAttribute("retryAfter", down.retryAfterSeconds());
            return VIEW;
        }
    }

    private static String reasonKey(int status) {
        return switch (status) {
            case 401 -> "signin.invalid";
            case 403 -> "signin.suspended";
            case 423 -> "signin.locked";
            case 429 -> "signin.too-many";
            default -> "signin.failed";
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
