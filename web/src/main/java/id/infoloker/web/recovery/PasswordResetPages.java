package id.infoloker.web.recovery;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.session.SessionHandoff;
import id.infoloker.web.signin.AccountTokens;
import id.infoloker.web.signin.SignInRefused;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * "Lupa kata sandi?": e-mail or phone → a code on the account's e-mail and phone → the code and a new password →
 * signed in. The first step always continues to the code form (account-service answers alike whether or not the
 * account exists, and so does this page). The username travels in a hidden field, never in a URL (it is personal
 * data, and URLs end up in logs).
 */
@Controller
class PasswordResetPages {

    static final String REQUEST_VIEW = "recovery/lupa-sandi";
    static final String CODE_VIEW = "recovery/kode";
    static final String AFTER_RESET = "/akun?sandi-baru";

    private final PasswordResetApi resets;
    private final AccountTokens tokens;
    private final SessionHandoff sessions;

    PasswordResetPages(PasswordResetApi resets, AccountTokens tokens, SessionHandoff sessions) {
        this.resets = resets;
        this.tokens = tokens;
        this.sessions = sessions;
    }

    @GetMapping("/lupa-sandi")
    ModelAndView form() {
        return requestPage("", HttpStatus.OK);
    }

    @PostMapping("/lupa-sandi")
    ModelAndView sendCode(@ModelAttribute PasswordResetForm form) {
        String username = form.trimmedUsername();
        if (username.isEmpty()) {
            return requestPage("", HttpStatus.BAD_REQUEST).addObject("missing", true);
        }
        try {
            resets.sendCode(username);
            return codePage(username, HttpStatus.OK);
        } catch (BackendProblem refused) {
            return requestPage(username, HttpStatusCode.valueOf(refused.status()))
                    .addObject("formError", refused.detail());
        } catch (BackendUnavailable down) {
            return requestPage(username, HttpStatus.SERVICE_UNAVAILABLE).addObject("retryAfter",
                    down.retryAfterSeconds());
        }
    }

    @PostMapping("/lupa-sandi/kode")
    ModelAndView reset(@ModelAttribute PasswordResetForm form, HttpServletRequest request,
                       HttpServletResponse response) {
        String username = form.trimmedUsername();
        try {
            resets.reset(username, form.digitsOfCode(), form.newPassword() == null ? "" : form.newPassword());
        } catch (BackendProblem refused) {
            Map<String, String> fieldErrors = refused.messagesByField();
            ModelAndView page = codePage(username, HttpStatusCode.valueOf(refused.status()))
                    .addObject("fieldErrors", fieldErrors);
            return fieldErrors.containsKey("code") || fieldErrors.containsKey("newPassword") ? page
                    : page.addObject("formError", refused.detail());
        } catch (BackendUnavailable down) {
            return codePage(username, HttpStatus.SERVICE_UNAVAILABLE).addObject("retryAfter",
                    down.retryAfterSeconds());
        }
        try {
            sessions.start(request, response, tokens.signIn(username, form.newPassword()));
            return new ModelAndView("redirect:" + AFTER_RESET, HttpStatus.SEE_OTHER);
        } catch (SignInRefused | BackendUnavailable notNow) {
            // The password is changed; signing in can wait for the sign-in page.
            return new ModelAndView("redirect:/masuk?sandi-baru", HttpStatus.SEE_OTHER);
        }
    }

    private static ModelAndView requestPage(String username, HttpStatusCode status) {
        return new ModelAndView(REQUEST_VIEW, status).addObject("username", username)
                .addObject("fieldErrors", Map.of());
    }

    private static ModelAndView codePage(String username, HttpStatusCode status) {
        return new ModelAndView(CODE_VIEW, status).addObject("username", username)
                .addObject("fieldErrors", Map.of());
    }
}
