package id.infoloker.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Documents were uploaded, or re-submitted after a revision request ({@code submission} counts from 1). */
public record AccountDocumentsSubmitted(
        UUID accountId,
        AccountType accountType,
        List<String> documentTypes,
        int submission,
        Instant submittedAt) {
}
