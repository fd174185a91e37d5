package id.infoloker.notification.notify;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Something to tell one person about one event.
 *
 * @param eventId    with channel and recipient, the key that makes each delivery exactly once
 * @param recipient  the account to tell
 * @param kind       the template, e.g. ACCOUNT_VERIFIED ({@code templates/notifications/<kind>.<lang>.txt})
 * @param name       how to greet them if the event names them; otherwise the contact's name, otherwise a polite form
 * @param link       the portal page it is about, relative ({@code PortalLinks}); null if there is none
 * @param variables  the template's values in the person's language (labels are translated by the caller)
 * @param names      another person the text names (an applicant), whose name goes if they are erased; or null
 */
public record Announcement(UUID eventId, UUID recipient, String kind, String name, Instant occurredAt, String link,
                     Function<Locale, Map<String, ?>> variables, UUID names) {

    public Announcement(UUID eventId, UUID recipient, String kind, String name, Instant occurredAt, String link,
                        Function<Locale, Map<String, ?>> variables) {
        this(eventId, recipient, kind, name, occurredAt, link, variables, null);
    }
}
