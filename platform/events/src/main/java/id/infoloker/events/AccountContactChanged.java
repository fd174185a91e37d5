package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The account's e-mail address or phone number changed after the new one was confirmed with a code. Carries both
 * current values, so a projection needs no earlier event. Personal data: consumers must not log the payload.
 *
 * <p>On Kafka {@code email} and {@code phone} are {@code null} and travel only inside {@code personalData}, sealed with
 * the person's key like {@link AccountRegistered}'s.
 */
public record AccountContactChanged(
        UUID accountId,
        AccountType accountType,
        String email,
        String phone,
        Instant changedAt,
        String personalData) {

    /** An event with its personal fields in the clear (before sealing, or after opening). */
    public AccountContactChanged(UUID accountId, AccountType accountType, String email, String phone,
                                 Instant changedAt) {
        this(accountId, accountType, email, phone, changedAt, null);
    }

    /** What is sealed. */
    public record Personal(String email, String phone) {

        @Override
        public String toString() {
            return "Personal[<personal data hidden>]";
        }
    }

    public Personal personal() {
        return new Personal(email, phone);
    }

    public AccountContactChanged sealedAs(String sealed) {
        return new AccountContactChanged(accountId, accountType, null, null, changedAt, sealed);
    }

    public AccountContactChanged openedWith(Personal personal) {
        return new AccountContactChanged(accountId, accountType, personal.email(), personal.phone(), changedAt, null);
    }

    @Override
    public String toString() {
        return "AccountContactChanged[accountId=" + accountId + "]";
    }
}
