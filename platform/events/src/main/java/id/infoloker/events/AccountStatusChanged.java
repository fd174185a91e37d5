package id.infoloker.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An account's status changed. {@code displayName} lets projections show names without reading the account service;
 * it is null once the account is ERASED. Reason, note and documents to redo explain REJECTED and REVISION_REQUESTED.
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
        Instant changedAt) {
}
