package id.infoloker.notification.notify;

import id.infoloker.notification.contact.Contact;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.notification.delivery.Channel;
import id.infoloker.notification.delivery.Deliveries;
import id.infoloker.notification.delivery.NewDelivery;
import id.infoloker.notification.inapp.InAppNotifications;
import id.infoloker.notification.inapp.NewNotification;
import id.infoloker.notification.preferences.ChannelChoice;
import id.infoloker.notification.preferences.ChannelPreferences;
import id.infoloker.notification.templates.Languages;
import id.infoloker.notification.templates.NotificationTemplates;
import id.infoloker.notification.templates.RenderedText;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Tells one person about one event on every channel they have: renders the template once in their language, stores
 * the in-app notification and queues email and SMS (sent later by the dispatcher, never by the Kafka consumer).
 * Runs in the inbox's transaction; each write is exactly once by (event id, channel, recipient).
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final ContactDirectory contacts;
    private final ChannelPreferences preferences;
    private final NotificationTemplates templates;
    private final InAppNotifications inApp;
    private final Deliveries deliveries;
    private final MessageSource messages;
    private final Clock clock;

    Notifier(ContactDirectory contacts, ChannelPreferences preferences, NotificationTemplates templates,
             InAppNotifications inApp, Deliveries deliveries, MessageSource messages, Clock clock) {
        this.contacts = contacts;
        this.preferences = preferences;
        this.templates = templates;
        this.inApp = inApp;
        this.deliveries = deliveries;
        this.messages = messages;
        this.clock = clock;
    }

    public void notify(Announcement notice) {
        Optional<Contact> contact = contacts.find(notice.recipient());
        // No contact yet (the registration may still be on its way): still notify in-app, in Bahasa Indonesia.
        Locale locale = Languages.of(contact.map(Contact::preferredLanguage).orElse(null));
        String name = firstNonBlank(notice.name(), contact.map(Contact::displayName).orElse(null));
        Map<String, Object> variables = new HashMap<>(notice.variables().apply(locale));
        variables.put("name", name != null ? name : messages.getMessage("notification.unnamed", null, locale));
        RenderedText text = templates.render(notice.kind(), locale, variables);
        Instant now = clock.instant();
        String language = locale.getLanguage();

        boolean stored = inApp.deliver(new NewNotification(notice.eventId(), notice.recipient(), notice.kind(),
                language, text.title(), text.body(), notice.link(),
                notice.occurredAt() == null ? now : notice.occurredAt()));
        ChannelChoice choice = preferences.of(notice.recipient());
        int queued = 0;
        if (choice.email() && contact.map(Contact::email).filter(email -> !email.isBlank()).isPresent()) {
            queued += enqueue(notice, Channel.EMAIL, contact.get().email(), language, text, now);
        }
        if (choice.sms() && contact.map(Contact::phone).filter(phone -> !phone.isBlank()).isPresent()) {
            queued += enqueue(notice, Channel.SMS, contact.get().phone(), language, text, now);
        }
        log.info("{} for account {}: in-app {}, {} delivery(ies) queued", notice.kind(), notice.recipient(),
                stored ? "stored" : "already stored", queued);
    }

    private int enqueue(Announcement notice, Channel channel, String recipient, String language, RenderedText text,
                        Instant now) {
        return deliveries.enqueue(new NewDelivery(notice.eventId(), channel, recipient, notice.recipient(),
                notice.kind(), language, text.title(), text.body()), now) ? 1 : 0;
    }

    /** Erasure: everything this service holds about the person. */
    public void forget(java.util.UUID accountId) {
        inApp.deleteAllOf(accountId);
        deliveries.deleteAllOf(accountId);
        preferences.forget(accountId);
        contacts.forget(accountId);
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
