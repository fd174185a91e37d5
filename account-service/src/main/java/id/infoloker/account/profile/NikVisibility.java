package id.infoloker.account.profile;

import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import java.util.UUID;

/**
 * Who sees a NIK in full here (UU PDP: only those who need it): the person themself and administrators. A verifier needs
 * it only for the case they hold, and this service does not know who holds which case: verification-service shows the
 * NIK from its own copy of the case to the verifier holding it (and to an ADMIN), so here every verifier sees the last
 * four digits only, enough to tell two people apart.
 */
public final class NikVisibility {

    public enum Level {
        FULL, MASKED
    }

    private static final int SHOWN = 4;

    public static Level of(AuthenticatedAccount caller, UUID ownerId) {
        return caller.id().equals(ownerId) || caller.hasRole(Roles.ADMIN) ? Level.FULL : Level.MASKED;
    }

    /** {@code 3215014506990001} becomes {@code ************0001}. */
    public static String mask(String nik) {
        if (nik == null) {
            return null;
        }
        return nik.length() <= SHOWN ? "*".repeat(nik.length())
                : "*".repeat(nik.length() - SHOWN) + nik.substring(nik.length() - SHOWN);
    }

    public static String apply(Level level, String nik) {
        return level == Level.FULL ? nik : mask(nik);
    }

    private NikVisibility() {
    }
}
