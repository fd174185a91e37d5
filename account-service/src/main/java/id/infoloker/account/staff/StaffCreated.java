package id.infoloker.account.staff;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import java.util.UUID;

public record StaffCreated(UUID accountId, AccountType type, AccountStatus status) {
}
