package id.infoloker.account.documents;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Contents in an S3-compatible bucket; metadata stays in PostgreSQL. A bucket takes no part in the database
 * transaction, so the two are kept in step around it: an object written by a transaction that rolls back is removed
 * again, and an object is deleted only after the transaction that dropped its document has committed
 * ({@link ObjectDeletions}, which remembers the promise in the same transaction). Rows not yet moved by
 * {@link DatabaseToBucketMigration} are still read from (and deleted in) PostgreSQL.
 */
class S3DocumentStorage implements DocumentStorage {

    private static final Logger log = LoggerFactory.getLogger(S3DocumentStorage.class);

    private final DocumentObjects objects;
    private final PostgresDocumentStorage notYetMoved;
    private final ObjectDeletions deletions;

    S3DocumentStorage(DocumentObjects objects, PostgresDocumentStorage notYetMoved, ObjectDeletions deletions) {
        this.objects = objects;
        this.notYetMoved = notYetMoved;
        this.deletions = deletions;
    }

    @Override
    public void store(UUID id, byte[] content) {
        objects.put(id, content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        removeUnreferenced(id);
                    }
                }
            });
        }
    }

    @Override
    public Optional<byte[]> read(UUID id) {
        // The bucket, then a row not moved yet, then the bucket again: the migration may move it between the two.
        return objects.get(id).or(() -> notYetMoved.read(id)).or(() -> objects.get(id));
    }

    @Override
    public void delete(UUID id) {
        notYetMoved.delete(id);
        deletions.request(id);
    }

    private void removeUnreferenced(UUID id) {
        try {
            objects.delete(id);
        } catch (RuntimeException failure) {
            // Nothing refers to it (its transaction rolled back); it holds no more than the upload that failed.
            log.warn("Object of rolled-back document {} not removed: {}", id, failure.getMessage());
        }
    }
}
