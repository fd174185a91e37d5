package id.infoloker.account.profile;

import id.infoloker.account.accounts.Account;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people where they stand and what to do, so nobody has to guess (the portal's best-known complaint). Texts
 * are {@code account.next-step.<STATUS>} (staff: {@code account.next-step.staff}) in the message bundles.
 */
@Component
class NextStep {

    private final MessageSource messages;

    NextStep(MessageSource messages) {
        this.messages = messages;
    }

    String of(Account account, Locale locale) {
        String key = account.isStaff() ? "account.next-step.staff" : "account.next-step." + account.status().name();
        return messages.getMessage(key, null, "", locale);
    }
}
