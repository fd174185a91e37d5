package id.infoloker.verification.console;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
 * The moderation pages of the staff console (issue 14), ADMIN only: the report queue (each reported vacancy with its
 * reports, what the fee screening finds in it and its employer's history), take-down, notes, dismissal, and an
 * employer's page with suspension and its lifting. Every action is vacancy-service's API called with the admin's own
 * token ({@link VacancyModeration}); a refusal is shown on the page it came from.
 */
@Controller
@ConsolePage
@RequestMapping("/console/moderation")
class ModerationConsoleController {

    private final VacancyModeration moderation;
    private final MessageSource messages;
    private final Clock clock;

    ModerationConsoleController(VacancyModeration moderation, MessageSource messages, Clock clock) {
        this.moderation = moderation;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model, AuthenticatedAccount staff, Locale locale) {
        if (!staff.hasRole(Roles.ADMIN)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
        }
        model.addAttribute("fmt", new ConsoleFormat(clock, messages, locale));
        model.addAttribute("isAdmin", true);
        model.addAttribute("language", locale.getLanguage());
    }

    @GetMapping({"", "/"})
    String queue(Model model, Locale locale, @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                 @RequestParam(required = false) String done) {
        model.addAttribute("done", done);
        return queuePage(model, locale, authorization, null);
    }

    @PostMapping("/vacancies/{id}/take-down")
    Object takeDown(@PathVariable UUID id, @RequestParam(required = false) String reasonCode,
                    @RequestParam(required = false) String note, Model model, Locale locale,
                    @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                    @RequestHeader(value = "HX-Request", required = false) String htmx) {
        return onQueue(() -> moderation.takeDown(id, text(reasonCode), text(note), authorization, locale),
                "/console/moderation?done=take-down", htmx, model, locale, authorization);
    }

    @PostMapping("/vacancies/{id}/notes")
    Object note(@PathVariable UUID id, @RequestParam(required = false) String note, Model model, Locale locale,
                @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        return onQueue(() -> moderation.note(id, text(note), authorization, locale),
                "/console/moderation?done=note", htmx, model, locale, authorization);
    }

    @PostMapping("/vacancies/{id}/dismiss-reports")
    Object dismiss(@PathVariable UUID id, @RequestParam(required = false) String note, Model model, Locale locale,
                   @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        return onQueue(() -> moderation.dismissReports(id, text(note), authorization, locale),
                "/console/moderation?done=dismiss", htmx, model, locale, authorization);
    }

    @GetMapping("/employers/{id}")
    String employer(@PathVariable UUID id, Model model, Locale locale,
                    @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                    @RequestParam(required = false) String done) {
        model.addAttribute("done", done);
        return employerPage(id, model, locale, authorization, null);
    }

    @PostMapping("/employers/{id}/suspend")
    Object suspend(@PathVariable UUID id, @RequestParam(required = false) String reasonCode,
                   @RequestParam(required = false) String note, Model model, Locale locale,
                   @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                   @RequestHeader(value = "HX-Request", required = false) String htmx) {
        try {
            moderation.suspend(id, text(reasonCode), text(note), authorization, locale);
            return redirect("/console/moderation/employers/" + id + "?done=suspend", htmx != null);
        } catch (VacancyModeration.Refused refused) {
            return employerPage(id, model, locale, authorization, refused);
        }
    }

    @PostMapping("/employers/{id}/lift-suspension")
    Object lift(@PathVariable UUID id, @RequestParam(required = false) String note, Model model, Locale locale,
                @RequestHeader(HttpHeaders.AUTHORIZATION) String authorization,
                @RequestHeader(value = "HX-Request", required = false) String htmx) {
        try {
            moderation.lift(id, text(note), authorization, locale);
            return redirect("/console/moderation/employers/" + id + "?done=lift", htmx != null);
        } catch (VacancyModeration.Refused refused) {
            return employerPage(id, model, locale, authorization, refused);
        }
    }

    /** Done: to the page that says so; refused: the queue again with vacancy-service's reason. */
    private Object onQueue(Runnable action, String location, String htmx, Model model, Locale locale,
                           String authorization) {
        try {
            action.run();
            return redirect(location, htmx != null);
        } catch (VacancyModeration.Refused refused) {
            return queuePage(model, locale, authorization, refused);
        }
    }

    /** As the case pages: htmx gets HX-Redirect (a full page load), a plain form a 303. */
    private static ResponseEntity<Void> redirect(String location, boolean htmx) {
        if (htmx) {
            return ResponseEntity.ok().header("HX-Redirect", location).build();
        }
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }

    private String queuePage(Model model, Locale locale, String authorization, VacancyModeration.Refused refused) {
        model.addAttribute("queue", load(() -> moderation.queue(authorization, locale)));
        model.addAttribute("reasons", load(() -> moderation.reasons(authorization, locale)));
        model.addAttribute("locale", locale);
        refusal(model, refused);
        return "console/moderation";
    }

    private String employerPage(UUID id, Model model, Locale locale, String authorization,
                                VacancyModeration.Refused refused) {
        model.addAttribute("employer", load(() -> moderation.employer(id, authorization, locale)));
        model.addAttribute("reasons", load(() -> moderation.reasons(authorization, locale)));
        model.addAttribute("locale", locale);
        refusal(model, refused);
        return "console/moderation-employer";
    }

    /** What a page shows; vacancy-service not answering (or not knowing the id) is the console's error page. */
    private static <T> T load(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (VacancyModeration.Refused refused) {
            throw refused.status() == HttpStatus.NOT_FOUND.value()
                    ? new ProblemException(HttpStatus.NOT_FOUND, "employer-not-found")
                    : new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "moderation-unavailable");
        }
    }

    /** The refusal's text on the page, answered with vacancy-service's status so it is not taken for a success. */
    private static void refusal(Model model, VacancyModeration.Refused refused) {
        if (refused != null) {
            model.addAttribute("refusal", refused.detail() != null ? refused.detail() : "HTTP " + refused.status());
            var request = org.springframework.web.context.request.RequestContextHolder.currentRequestAttributes();
            var response = ((org.springframework.web.context.request.ServletRequestAttributes) request).getResponse();
            if (response != null) {
                response.setStatus(refused.status());
            }
        }
    }

    /** Empty form fields are sent as absent, so vacancy-service names them in its 400. */
    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
