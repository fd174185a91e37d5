package id.infoloker.verification.console;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Admin staf": the console's pages over account-service's staff administration API (ADMIN only, checked here for a
 * clear page and again by account-service, which owns the accounts). Served in the console rather than by
 * account-service so that staff keep one session, one CSRF protection and one layout; account-service stays an API.
 * Every change is a plain form post answered with a redirect back to the list, saying what was done.
 */
@Controller
@ConsolePage
@RequestMapping("/console/admin/staff")
class StaffAdminController {

    private static final Set<String> DONE = Set.of("created", "disabled", "enabled", "role", "second-factor",
            "required");
    private static final Set<String> TYPES = Set.of("VERIFIER", "ADMIN");

    private final AccountStaff staff;

    StaffAdminController(AccountStaff staff) {
        this.staff = staff;
    }

    @ModelAttribute
    void common(Model model, AuthenticatedAccount admin, Locale locale) {
        if (!admin.hasRole(Roles.ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        model.addAttribute("isAdmin", true);
        model.addAttribute("language", locale.getLanguage());
    }

    @GetMapping
    String list(Model model, AuthenticatedAccount admin, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                @RequestParam(required = false) String done, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        model.addAttribute("staff", staff.list(authorization));
        model.addAttribute("requirements", staff.secondFactorRequirements(authorization));
        model.addAttribute("me", admin.id());
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "console/staff";
    }

    /** A new colleague's account with a first password the ADMIN hands over (account-service checks it). */
    @PostMapping
    ResponseEntity<Void> create(@RequestParam String type, @RequestParam String name, @RequestParam String email,
                                @RequestParam String password,
                                @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        staff.create(knownType(type), name.strip(), email.strip(), password, authorization);
        return ConsoleRedirects.to("/console/admin/staff?done=created", htmx);
    }

    @PostMapping("/{id}/disable")
    ResponseEntity<Void> disable(@PathVariable UUID id,
                                 @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        staff.post(id, "disable", authorization);
        return ConsoleRedirects.to("/console/admin/staff?done=disabled", htmx);
    }

    @PostMapping("/{id}/enable")
    ResponseEntity<Void> enable(@PathVariable UUID id,
                                @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        staff.post(id, "enable", authorization);
        return ConsoleRedirects.to("/console/admin/staff?done=enabled", htmx);
    }

    @PostMapping("/{id}/role")
    ResponseEntity<Void> role(@PathVariable UUID id, @RequestParam String type,
                              @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                              @RequestHeader(value = "HX-Request", required = false) String htmx) {
        staff.changeRole(id, knownType(type), authorization);
        return ConsoleRedirects.to("/console/admin/staff?done=role", htmx);
    }

    @PostMapping("/{id}/second-factor/remove")
    ResponseEntity<Void> removeSecondFactor(@PathVariable UUID id,
                                            @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                            @RequestHeader(value = "HX-Request", required = false) String htmx) {
        staff.removeSecondFactor(id, authorization);
        return ConsoleRedirects.to("/console/admin/staff?done=second-factor", htmx);
    }

    /** The temporary password is shown once, on this answer only (never stored here, never in a URL). */
    @PostMapping("/{id}/password-reset")
    String resetPassword(@PathVariable UUID id, Model model,
                         @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        String temporary = staff.resetPassword(id, authorization);
        model.addAttribute("member", staff.list(authorization).stream()
                .filter(member -> member.accountId().equals(id)).findFirst().orElse(null));
        model.addAttribute("temporaryPassword", temporary);
        return "console/staff-password";
    }

    @PostMapping("/second-factor-requirements")
    ResponseEntity<Void> require(@RequestParam String type, @RequestParam(defaultValue = "false") boolean required,
                                 @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                                 @RequestHeader(value = "HX-Request", required = false) String htmx) {
        staff.requireSecondFactor(knownType(type), required, authorization);
        return ConsoleRedirects.to("/console/admin/staff?done=required", htmx);
    }

    private static String knownType(String type) {
        if (!TYPES.contains(type)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-staff-type");
        }
        return type;
    }
}
