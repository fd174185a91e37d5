package id.infoloker.account.documents;

import id.infoloker.identity.DocumentType;
import java.time.Instant;
import java.util.UUID;

/** A document's metadata as its owner and verifiers see it; the content is fetched separately. */
public record DocumentView(UUID id, DocumentType type, DocumentFormat format, String mediaType, long sizeBytes,
                           Instant uploadedAt) {
}
