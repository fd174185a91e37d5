package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The account's e-mail address or phone number changed after the new one was confirmed with a code. Carries both
 * current values, so a projection needs no earlier event. Personal data: consumers must not log the payload.
 */
public record AccountContactChanged(
        UUID accountId,
        AccountType accountType,
        String email,
        String phone,
        Instant changedAt) {

    @Override
    public String toString() {
        return "AccountContactChanged[accountId=" + accountId + "]";
    }
}
