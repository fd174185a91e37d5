package id.infoloker.account.documents;

import id.infoloker.identity.DocumentType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One read of a document's content by office staff: who, which document, when (UU PDP access record). */
public record StaffRead(UUID documentId, DocumentType documentType, UUID readerId, Set<String> readerRoles,
                        Instant readAt) {
}
