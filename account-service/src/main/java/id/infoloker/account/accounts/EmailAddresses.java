package id.infoloker.account.accounts;

import java.util.Locale;

/** One mailbox is one account whatever the capitalisation: addresses are stored trimmed and in lower case. */
public final class EmailAddresses {

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    private EmailAddresses() {
    }
}
