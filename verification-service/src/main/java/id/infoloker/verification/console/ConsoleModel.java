package id.infoloker.verification.console;

import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page's layout needs: the language, the formats, and whether to show the ADMIN's menu. */
@ControllerAdvice(annotations = ConsolePage.class)
class ConsoleModel {

    private final MessageSource messages;
    private final Clock clock;

    ConsoleModel(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute
    void common(Model model, AuthenticatedAccount viewer, Locale locale) {
        model.addAttribute("fmt", new ConsoleFormat(clock, messages, locale));
        model.addAttribute("isAdmin", viewer.hasRole(Roles.ADMIN));
        model.addAttribute("language", locale.getLanguage());
    }
}
