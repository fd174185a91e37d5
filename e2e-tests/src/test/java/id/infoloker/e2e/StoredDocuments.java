package id.infoloker.e2e;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where account-service put document contents, read from its own database as an auditor would: the metadata rows
 * ({@code document}), the PostgreSQL store's rows ({@code document_content}, empty on S3) and the object deletions
 * still owed to the bucket ({@code document_object_deletion}). The bucket itself is
 * {@link RunningPlatform#documentBucket()}.
 */
final class StoredDocuments {

    /** The account's current documents: id by type. */
    static Map<String, UUID> idsByType(UUID accountId) {
        Map<String, UUID> ids = new LinkedHashMap<>();
        for (String row : query("SELECT type || ' ' || id FROM document WHERE account_id = ? ORDER BY type",
                accountId)) {
            String[] typeAndId = row.split(" ");
            ids.put(typeAndId[0], UUID.fromString(typeAndId[1]));
        }
        return ids;
    }

    /** Whether PostgreSQL holds this document's bytes (the {@code database} store's row). */
    static boolean hasContentRow(UUID documentId) {
        return !query("SELECT id::text FROM document_content WHERE id = ?", documentId).isEmpty();
    }

    /** Whether deleting this document's object is still owed to the bucket (a failed attempt waits for its retry). */
    static boolean deletionPending(UUID documentId) {
        return !query("SELECT id::text FROM document_object_deletion WHERE id = ?", documentId).isEmpty();
    }

    private static List<String> query(String sql, UUID parameter) {
        return PersonalDataEverywhereIT.query("account_service", sql, parameter);
    }

    private StoredDocuments() {
    }
}
