package id.infoloker.account.auth;

import id.infoloker.account.accounts.Account;
import org.springframework.stereotype.Component;

/**
 * Who may get tokens once the password matched. Accounts waiting for, or refused, verification still sign in: they
 * need to see their status and what to do next. A suspended account is told so; an erased one no longer exists.
 */
@Component
class LoginPolicy {

    enum Decision {
        ALLOWED, SUSPENDED, UNKNOWN
    }

    Decision decide(Account account) {
        return switch (account.status()) {
            case PENDING_VERIFICATION, REVISION_REQUESTED, VERIFIED, REJECTED -> Decision.ALLOWED;
            case SUSPENDED -> Decision.SUSPENDED;
            case ERASED -> Decision.UNKNOWN;
        };
    }
}
