package id.infoloker.account.staff;

import id.infoloker.events.AccountType;
import jakarta.validation.constraints.NotNull;

/** {@code type}: VERIFIER or ADMIN. */
public record StaffRoleChange(@NotNull AccountType type) {
}
