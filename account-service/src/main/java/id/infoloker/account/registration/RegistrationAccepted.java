package id.infoloker.account.registration;

import id.infoloker.events.AccountStatus;
import java.util.UUID;

/** The answer to a registration: the account exists and waits for verification. */
public record RegistrationAccepted(UUID accountId, AccountStatus status) {
}
