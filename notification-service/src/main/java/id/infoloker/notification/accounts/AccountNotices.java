package id.infoloker.notification.accounts;

import id.infoloker.events.AccountContactChanged;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.kit.inbox.MalformedEventException;
import id.infoloker.kit.privacy.ErasedAccounts;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.notification.contact.ContactDirectory;
import id.infoloker.notification.notify.Announcement;
import id.infoloker.notification.notify.Notifier;
import id.infoloker.notification.templates.PortalLinks;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Keeps the contact projection current and tells people what happened to their account. Runs inside the inbox's
 * transaction: the projection, the notifications and the "event processed" mark commit together.
 * Registration received carries no queue position: no event tells this service the verification queue's length.
 */
@Service
class AccountNotices {

    private static final Logger log = LoggerFactory.getLogger(AccountNotices.class);

    private final ContactDirectory contacts;
    private final Notifier notifier;
    private final MessageSource messages;
    private final Clock clock;
    private final ErasedAccounts erased;
    private final PersonalDataSeals seals;

    AccountNotices(ContactDirectory contacts, Notifier notifier, MessageSource messages, Clock clock,
                   ErasedAccounts erased, PersonalDataSeals seals) {
        this.contacts = contacts;
        this.notifier = notifier;
        this.messages = messages;
        this.clock = clock;
        this.erased = erased;
        this.seals = seals;
    }

    void registered(UUID eventId, AccountRegistered sealed) {
        if (sealed.accountId() == null) {
            throw new MalformedEventException("AccountRegistered without accountId");
        }
        // A late, redelivered or replayed registration of an erased person: known as erased, or unreadable.
        Optional<AccountRegistered> readable = erased.isErased(sealed.accountId()) ? Optional.empty()
                : seals.open(sealed);
        if (readable.isEmpty()) {
            log.info("Account {} was erased: its registration is not projected", sealed.accountId());
            return;
        }
        AccountRegistered registered = readable.get();
        contacts.remember(registered, clock.instant());
        if (NoticePolicy.afterRegistration(registered) == Notice.REGISTRATION_RECEIVED) {
            notifier.notify(new Announcement(eventId, registered.accountId(), Notice.REGISTRATION_RECEIVED.name(),
                    registered.displayName(), registered.registeredAt(), PortalLinks.STATUS,
                    locale -> Map.of("employer", registered.accountType() == AccountType.EMPLOYER)));
        }
    }

    /** A confirmed new e-mail address or phone number: later messages go there. Nothing to announce. */
    void contactChanged(AccountContactChanged sealed) {
        if (sealed.accountId() == null) {
            throw new MalformedEventException("AccountContactChanged without accountId");
        }
        Optional<AccountContactChanged> change = erased.isErased(sealed.accountId()) ? Optional.empty()
                : seals.open(sealed);
        if (change.isEmpty()) {
            log.info("Account {} was erased: a contact change is ignored", sealed.accountId());
            return;
        }
        contacts.changeContact(change.get(), clock.instant());
        log.info("Contact details of account {} changed", sealed.accountId());
    }

    void statusChanged(UUID eventId, AccountStatusChanged sealed) {
        if (sealed.accountId() == null || sealed.status() == null) {
            throw new MalformedEventException("AccountStatusChanged without accountId or status");
        }
        Notice notice = NoticePolicy.afterStatusChange(sealed);
        if (notice == Notice.ERASE) {
            seals.forget(sealed.accountId());
            notifier.forget(sealed.accountId(), sealed.changedAt() == null ? clock.instant() : sealed.changedAt());
            return;
        }
        if (erased.isErased(sealed.accountId())) {
            log.info("Account {} was erased: a late status change is ignored", sealed.accountId());
            return;
        }
        AccountStatusChanged change = seals.open(sealed);
        contacts.applyStatus(change, clock.instant());
        if (notice == Notice.NONE) {
            return;
        }
        notifier.notify(new Announcement(eventId, change.accountId(), notice.name(), change.displayName(),
                change.changedAt(), PortalLinks.STATUS, locale -> variables(notice, change, locale)));
    }

    private Map<String, Object> variables(Notice notice, AccountStatusChanged change, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("note", change.note() == null || change.note().isBlank() ? null : change.note().strip());
        switch (notice) {
            case ACCOUNT_VERIFIED -> variables.put("employer", change.accountType() == AccountType.EMPLOYER);
            case ACCOUNT_REJECTED -> variables.put("reason", change.reasonCode() == null
                    ? messages.getMessage("reason.unspecified", null, locale)
                    : messages.getMessage("reason." + change.reasonCode(), null, change.reasonCode(), locale));
            case REVISION_REQUESTED -> variables.put("documents", documents(change.documentsToRedo(), locale));
            default -> {
            }
        }
        return variables;
    }

    private String documents(List<String> documents, Locale locale) {
        return documents == null || documents.isEmpty()
                ? messages.getMessage("document.unspecified", null, locale)
                : documents.stream()
                        .map(type -> messages.getMessage("document." + type, null, type, locale))
                        .collect(Collectors.joining(", "));
    }
}
