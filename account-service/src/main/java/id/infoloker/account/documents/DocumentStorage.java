package id.infoloker.account.documents;

import java.util.Optional;
import java.util.UUID;

/**
 * Where document contents live, addressed by generated ids only (never by a name the uploader chose):
 * {@link PostgresDocumentStorage} (devstack) or {@link S3DocumentStorage} (cluster), chosen by
 * {@code infoloker.documents.storage} ({@link DocumentStorageConfiguration}). Both keep content and metadata in step
 * with the caller's transaction: a rollback leaves neither, a committed deletion removes both.
 */
public interface DocumentStorage {

    void store(UUID id, byte[] content);

    Optional<byte[]> read(UUID id);

    void delete(UUID id);
}
