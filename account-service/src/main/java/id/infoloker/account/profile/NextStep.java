package id.infoloker.account.profile;

import id.infoloker.account.accounts.Account;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells people where they stand and what to do, so nobody has to guess (the portal's best-known complaint). Texts
 * are {@code account.next-step.<TYPE>.<STATUS>} where an account type needs its own (a verified employer posts
 * vacancies, it does not apply to them), else {@code account.next-step.<STATUS>} (staff: {@code
 * account.next-step.VERIFIER} or {@code .ADMIN}, what each does in the console) in the message bundles.
 */
@Component
class NextStep {

    private final MessageSource messages;

    NextStep(MessageSource messages) {
        this.messages = messages;
    }

    String of(Account account, Locale locale) {
        if (account.isStaff()) {
            // A verifier works the queue; an administrator also moderates vacancies and manages staff.
            String staff = messages.getMessage("account.next-step.staff", null, "", locale);
            return messages.getMessage("account.next-step." + account.type().name(), null, staff, locale);
        }
        String common = messages.getMessage("account.next-step." + account.status().name(), null, "", locale);
        return messages.getMessage("account.next-step." + account.type().name() + "." + account.status().name(), null,
                common, locale);
    }
}
