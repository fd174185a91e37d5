package id.infoloker.account.accounts;

import id.infoloker.kit.security.Roles;
import java.util.List;

/** The roles an account's tokens carry: one per account type. */
public final class AccountRoles {

    public static List<String> of(Account account) {
        return switch (account.type()) {
            case JOB_SEEKER -> List.of(Roles.JOB_SEEKER);
            case EMPLOYER -> List.of(Roles.EMPLOYER);
            case VERIFIER -> List.of(Roles.VERIFIER);
            case ADMIN -> List.of(Roles.ADMIN);
        };
    }

    private AccountRoles() {
    }
}
