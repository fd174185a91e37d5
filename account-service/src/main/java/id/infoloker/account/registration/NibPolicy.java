package id.infoloker.account.registration;

import id.infoloker.identity.Nib;
import java.util.Optional;

/** What registration does with a NIB: stores the 13 digits {@link Nib} reads, refuses what cannot be a NIB. */
public final class NibPolicy {

    /** @return the NIB as 13 digits, or empty if it cannot be a NIB */
    public static Optional<String> normalize(String input) {
        return Nib.normalize(input);
    }

    private NibPolicy() {
    }
}
