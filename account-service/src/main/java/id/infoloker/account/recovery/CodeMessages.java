package id.infoloker.account.recovery;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.events.OneTimeCodeRequested;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands a code to notification-service: one {@code account.one-time-code-requested.v1} per address, the code and the
 * address sealed with the person's key ({@link AccountEvents}).
 */
@Component
class CodeMessages {

    private final AccountEvents events;

    CodeMessages(AccountEvents events) {
        this.events = events;
    }

    /** A reset code goes to every address the account has: whichever the person still reads. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendResetCode(Account account, String code, Instant expiresAt, Instant now) {
        send(account, OneTimeCodeRequested.PASSWORD_RESET, OneTimeCodeRequested.EMAIL, account.email(), code,
                expiresAt, now);
        if (account.phone() != null && !account.phone().isBlank()) {
            send(account, OneTimeCodeRequested.PASSWORD_RESET, OneTimeCodeRequested.SMS, account.phone(), code,
                    expiresAt, now);
        }
    }

    /** A confirmation code goes to the new address only: receiving it is the proof that the address is theirs. */
    @Transactional(propagation = Propagation.MANDATORY)
    void sendConfirmationCode(Account account, String channel, String newAddress, String code, Instant expiresAt,
                              Instant now) {
        send(account, OneTimeCodeRequested.CONTACT_CONFIRMATION, channel, newAddress, code, expiresAt, now);
    }

    private void send(Account account, String purpose, String channel, String recipient, String code,
                      Instant expiresAt, Instant now) {
        events.oneTimeCodeRequested(new OneTimeCodeRequested(account.id(),
                purpose, channel, recipient, code, account.preferredLanguage(), account.displayName(), expiresAt,
                now));
    }
}
