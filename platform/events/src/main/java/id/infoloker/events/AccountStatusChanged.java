package id.infoloker.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account's status changed. {@code displayName} lets projections show names without reading the account service;
 * it is null once the account is ERASED. Reason, note and documents to redo explain REJECTED and REVISION_REQUESTED.
 *
 * <p>On Kafka {@code displayName} and {@code note} (a verifier's free text about the person) are {@code null} and travel
 * only inside {@code personalData}, sealed with the person's key like {@link AccountRegistered}'s.
 */
public record AccountStatusChanged(
        UUID accountId,
        AccountType accountType,
        AccountStatus status,
        AccountStatus previousStatus,
        String displayName,
        String reasonCode,
        String note,
        List<String> documentsToRedo,
        Instant changedAt,
        String personalData) {

    /** An event with its personal fields in the clear (before sealing, or after opening). */
    public AccountStatusChanged(UUID accountId, AccountType accountType, AccountStatus status,
                                AccountStatus previousStatus, String displayName, String reasonCode, String note,
                                List<String> documentsToRedo, Instant changedAt) {
        this(accountId, accountType, status, previousStatus, displayName, reasonCode, note, documentsToRedo, changedAt,
                null);
    }

    /** What is sealed. */
    public record Personal(String displayName, String note) {
    }

    public Personal personal() {
        return new Personal(displayName, note);
    }

    public boolean hasPersonalData() {
        return displayName != null || note != null;
    }

    public AccountStatusChanged sealedAs(String sealed) {
        return new AccountStatusChanged(accountId, accountType, status, previousStatus, null, reasonCode, null,
                documentsToRedo, changedAt, sealed);
    }

    /** Opened again; {@code personal} null when the key is gone (the person was erased): no name, no note. */
    public AccountStatusChanged openedWith(Personal personal) {
        return new AccountStatusChanged(accountId, accountType, status, previousStatus,
                personal == null ? null : personal.displayName(), reasonCode, personal == null ? null : personal.note(),
                documentsToRedo, changedAt, null);
    }
}
