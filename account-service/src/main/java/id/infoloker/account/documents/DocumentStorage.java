package id.infoloker.account.documents;

import java.util.Optional;
import java.util.UUID;

/**
 * Where document contents live, addressed by generated ids only (never by a name the uploader chose). PostgreSQL
 * first ({@link PostgresDocumentStorage}); an object store can replace it without touching the rest. Implementations
 * take part in the caller's transaction where they can, so metadata and content change together.
 */
public interface DocumentStorage {

    void store(UUID id, byte[] content);

    Optional<byte[]> read(UUID id);

    void delete(UUID id);
}
