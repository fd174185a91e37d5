package id.infoloker.notification.notify;

import id.infoloker.kit.privacy.ErasedAccounts;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final ErasedAccounts erased;
    private final JdbcTemplate jdbc;

    Notifier(ContactDirectory contacts, ChannelPreferences preferences, NotificationTemplates templates,
             InAppNotifications inApp, Deliveries deliveries, MessageSource messages, Clock clock,
             ErasedAccounts erased, JdbcTemplate jdbc) {
        this.contacts = contacts;
        this.preferences = preferences;
        this.templates = templates;
        this.inApp = inApp;
        this.deliveries = deliveries;
        this.messages = messages;
        this.clock = clock;
        this.erased = erased;
        this.jdbc = jdbc;
    }

    public void notify(Announcement notice) {
        if (erased.isErased(notice.recipient())) {
            log.info("{} for account {} not stored: the account was erased", notice.kind(), notice.recipient());
            return;
        }
        if (notice.names() != null) {
            // The name as the notice renders it now (the contact projection's), so erasure can find it even after
            // the person was renamed.
            jdbc.update("""
                    INSERT INTO named_person (event_id, account_id, named_as) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""", notice.eventId(), notice.names(),
                    contacts.find(notice.names()).map(Contact::displayName).filter(n -> !n.isBlank()).orElse(null));
        }
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

    /**
     * Erasure: everything this service holds about the person goes (notifications, pending and sent deliveries,
     * preferences, alerts, contact), other people's notices that name them are rewritten without their name
     * (stored ones and emails/SMS still waiting), and the account is remembered as erased so nothing is recreated.
     */
    public void forget(UUID accountId, Instant erasedAt) {
        String name = contacts.find(accountId).map(Contact::displayName).filter(n -> !n.isBlank()).orElse(null);
        int rewritten = 0;
        for (Locale language : List.of(Languages.INDONESIAN, Locale.ENGLISH)) {
            String replacement = messages.getMessage("notification.erased-person", null, language);
            // Each notice loses the name it used then and the person's current one (notices from before the name
            // used was recorded, or a name that changed after).
            rewritten += jdbc.update("""
                    UPDATE notification n
                    SET title = replace(replace(n.title, COALESCE(p.named_as, ''), ?), COALESCE(?::text, ''), ?),
                        body = replace(replace(n.body, COALESCE(p.named_as, ''), ?), COALESCE(?::text, ''), ?)
                    FROM named_person p
                    WHERE p.account_id = ? AND p.event_id = n.event_id AND n.language = ?
                    """, replacement, name, replacement, replacement, name, replacement, accountId,
                    language.getLanguage());
            rewritten += jdbc.update("""
                    UPDATE delivery d
                    SET subject = replace(replace(d.subject, COALESCE(p.named_as, ''), ?), COALESCE(?::text, ''), ?),
                        body = replace(replace(d.body, COALESCE(p.named_as, ''), ?), COALESCE(?::text, ''), ?)
                    FROM named_person p
                    WHERE p.account_id = ? AND p.event_id = d.event_id AND d.language = ?
                    """, replacement, name, replacement, replacement, name, replacement, accountId,
                    language.getLanguage());
        }
        jdbc.update("DELETE FROM named_person WHERE account_id = ?", accountId);
        inApp.deleteAllOf(accountId);
        deliveries.deleteAllOf(accountId);
        preferences.forget(accountId);
        contacts.forget(accountId);
        erased.record(accountId, erasedAt);
        log.info("Account {} erased: its notifications, deliveries, preferences, alerts and contact deleted, {} "
                + "notice(s) of others no longer name it", accountId, rewritten);
    }

    private static String firstNonBlank(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null || second.isBlank() ? null : second;
    }
}
