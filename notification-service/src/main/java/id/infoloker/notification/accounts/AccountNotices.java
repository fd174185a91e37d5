package id.infoloker.notification.accounts;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.notification.contact.Contact;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.notification.inapp.InAppNotifications;
import id.infoloker.notification.inapp.NewNotification;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps the contact projection current and tells people what happened to their account. Runs inside the inbox's
 * transaction: the projection, the notification and the "event processed" mark commit together.
 */
@Service
class AccountNotices {

    private static final Logger log = LoggerFactory.getLogger(AccountNotices.class);

    private final ContactDirectory contacts;
    private final InAppNotifications notifications;
    private final NotificationTexts texts;
    private final Clock clock;

    AccountNotices(ContactDirectory contacts, InAppNotifications notifications, NotificationTexts texts, Clock clock) {
        this.contacts = contacts;
        this.notifications = notifications;
        this.texts = texts;
        this.clock = clock;
    }

    void registered(UUID eventId, AccountRegistered registered) {
        if (registered.accountId() == null) {
            throw new MalformedEventException("AccountRegistered without accountId");
        }
        contacts.remember(registered, clock.instant());
        if (NoticePolicy.afterRegistration(registered) == Notice.REGISTRATION_RECEIVED) {
            Locale locale = NoticePolicy.languageOf(registered.preferredLanguage());
            deliver(eventId, registered.accountId(), Notice.REGISTRATION_RECEIVED, locale,
                    texts.registrationReceived(locale, registered.displayName()), registered.registeredAt());
        }
    }

    void statusChanged(UUID eventId, AccountStatusChanged change) {
        if (change.accountId() == null || change.status() == null) {
            throw new MalformedEventException("AccountStatusChanged without accountId or status");
        }
        Notice notice = NoticePolicy.afterStatusChange(change);
        if (notice == Notice.ERASE) {
            notifications.deleteAllOf(change.accountId());
            contacts.forget(change.accountId());
            log.info("Account {} erased: contact and notifications deleted", change.accountId());
            return;
        }
        Optional<Contact> contact = contacts.find(change.accountId());
        contacts.applyStatus(change, clock.instant());
        // No contact yet (the registration may still be on its way): still notify, in Bahasa Indonesia.
        Locale locale = NoticePolicy.languageOf(contact.map(Contact::preferredLanguage).orElse(null));
        String name = change.displayName() != null ? change.displayName()
                : contact.map(Contact::displayName).orElse(null);
        NotificationTexts.Text text = switch (notice) {
            case ACCOUNT_VERIFIED -> texts.verified(locale, name, change.accountType());
            case ACCOUNT_REJECTED -> texts.rejected(locale, name, change.reasonCode(), change.note());
            case REVISION_REQUESTED -> texts.revisionRequested(locale, name, change.documentsToRedo(), change.note());
            default -> null;
        };
        if (text != null) {
            deliver(eventId, change.accountId(), notice, locale, text, change.changedAt());
        }
    }

    private void deliver(UUID eventId, UUID accountId, Notice notice, Locale locale, NotificationTexts.Text text,
                         Instant occurredAt) {
        boolean stored = notifications.deliver(new NewNotification(eventId, accountId, notice.name(),
                locale.getLanguage(), text.title(), text.body(), occurredAt == null ? clock.instant() : occurredAt));
        log.info("{} notification for account {} {}", notice, accountId, stored ? "stored" : "already stored");
    }
}
