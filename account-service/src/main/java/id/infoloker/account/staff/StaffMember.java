package id.infoloker.account.staff;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import java.time.Instant;
import java.util.UUID;

/**
 * A staff account as the ADMIN's list shows it.
 *
 * @param enabled false once an ADMIN disabled it (status SUSPENDED)
 * @param secondFactor whether a TOTP second factor is enrolled
 * @param mustChangePassword whether the password is a temporary one from a reset
 */
public record StaffMember(UUID accountId, AccountType type, String name, String email, AccountStatus status,
                          boolean enabled, boolean secondFactor, boolean mustChangePassword, Instant createdAt) {
}
