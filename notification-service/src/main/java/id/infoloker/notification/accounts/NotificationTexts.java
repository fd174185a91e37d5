package id.infoloker.notification.accounts;

import id.infoloker.events.AccountType;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Notification texts from the message bundles (messages.properties in Bahasa Indonesia, messages_en in English). */
@Component
class NotificationTexts {

    private final MessageSource messages;
    private final PortalProperties portal;

    NotificationTexts(MessageSource messages, PortalProperties portal) {
        this.messages = messages;
        this.portal = portal;
    }

    Text registrationReceived(Locale locale, String name) {
        return new Text(text("notification.registered.title", locale),
                text("notification.registered.body", locale, nameOrGreeting(name, locale), portal.name()));
    }

    Text verified(Locale locale, String name, AccountType type) {
        String body = type == AccountType.EMPLOYER ? "notification.verified.body.employer" : "notification.verified.body";
        return new Text(text("notification.verified.title", locale),
                text(body, locale, nameOrGreeting(name, locale), portal.name()));
    }

    Text rejected(Locale locale, String name, String reasonCode, String note) {
        String reason = reasonCode == null ? text("reason.unspecified", locale)
                : messages.getMessage("reason." + reasonCode, null, reasonCode, locale);
        return new Text(text("notification.rejected.title", locale),
                withNote(text("notification.rejected.body", locale, nameOrGreeting(name, locale), portal.name(),
                        reason), note, locale));
    }

    Text revisionRequested(Locale locale, String name, List<String> documents, String note) {
        String named = documents == null || documents.isEmpty() ? text("document.unspecified", locale)
                : documents.stream()
                        .map(type -> messages.getMessage("document." + type, null, type, locale))
                        .collect(Collectors.joining(", "));
        return new Text(text("notification.revision.title", locale),
                withNote(text("notification.revision.body", locale, nameOrGreeting(name, locale), portal.name(),
                        named), note, locale));
    }

    private String withNote(String body, String note, Locale locale) {
        return note == null || note.isBlank() ? body : body + " " + text("notification.note", locale, note.strip());
    }

    private String nameOrGreeting(String name, Locale locale) {
        return name == null || name.isBlank() ? text("notification.unnamed", locale) : name;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    record Text(String title, String body) {
    }
}
