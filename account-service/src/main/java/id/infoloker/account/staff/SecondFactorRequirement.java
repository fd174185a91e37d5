package id.infoloker.account.staff;

import id.infoloker.events.AccountType;
import jakarta.validation.constraints.NotNull;

/** An ADMIN's switch: a second factor at sign-in is {@code required} for staff of {@code type} (VERIFIER, ADMIN). */
public record SecondFactorRequirement(@NotNull AccountType type, @NotNull Boolean required) {
}
