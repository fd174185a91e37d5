package id.infoloker.notification.accounts;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import java.util.Locale;

/**
 * Which account events a person hears about, and in which language.
 * <ul>
 *   <li>Job seekers and employers hear that their registration was received; staff accounts need no verification.</li>
 *   <li>Every verification outcome is told: verified, rejected (with the reason), revision requested (with the
 *       documents); suspension is not yet (it needs its own wording and a way to appeal).</li>
 *   <li>Erasure removes everything; nobody is told, there is nobody left to tell.</li>
 *   <li>English if the person chose it, otherwise Bahasa Indonesia.</li>
 * </ul>
 */
final class NoticePolicy {

    static Notice afterRegistration(AccountRegistered registered) {
        return registered.accountType() == AccountType.JOB_SEEKER || registered.accountType() == AccountType.EMPLOYER
                ? Notice.REGISTRATION_RECEIVED
                : Notice.NONE;
    }

    static Notice afterStatusChange(AccountStatusChanged change) {
        // An ADMIN disabling or enabling a colleague's staff account is no news for that colleague's phone.
        if (change.accountType() == AccountType.VERIFIER || change.accountType() == AccountType.ADMIN) {
            return Notice.NONE;
        }
        return switch (change.status()) {
            case VERIFIED -> Notice.ACCOUNT_VERIFIED;
            case REJECTED -> Notice.ACCOUNT_REJECTED;
            case REVISION_REQUESTED -> Notice.REVISION_REQUESTED;
            case ERASED -> Notice.ERASE;
            case PENDING_VERIFICATION, SUSPENDED -> Notice.NONE;
        };
    }

    static Locale languageOf(String preferredLanguage) {
        return id.infoloker.notification.templates.Languages.of(preferredLanguage);
    }

    private NoticePolicy() {
    }
}
