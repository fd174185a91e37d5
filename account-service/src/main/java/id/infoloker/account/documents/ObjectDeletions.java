package id.infoloker.account.documents;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting an object only once the deletion is committed, and surely then: the request is a row written in the
 * caller's transaction (a rollback takes it back, and the object stays, as the metadata does); after the commit the
 * object is deleted and the row with it; a failure leaves the row for {@link #retryPending(int)}. An erased person's
 * documents therefore leave the bucket even if the store is away at that moment.
 */
class ObjectDeletions {

    private static final Logger log = LoggerFactory.getLogger(ObjectDeletions.class);

    private final DocumentObjects objects;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ObjectDeletions(DocumentObjects objects, JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.objects = objects;
        this.jdbc = jdbc;
        // After the caller's commit its connection is still bound: the row's removal needs a transaction of its own.
        this.ownTransaction = new TransactionTemplate(transactions.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void request(UUID id) {
        jdbc.update("INSERT INTO document_object_deletion (id, requested_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                id, java.sql.Timestamp.from(Instant.now()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    carryOut(id);
                }
            });
        } else {
            carryOut(id);
        }
    }

    /** @return how many pending deletions were carried out */
    int retryPending(int atMost) {
        List<UUID> pending = jdbc.queryForList(
                "SELECT id FROM document_object_deletion ORDER BY requested_at LIMIT ?", UUID.class, atMost);
        return (int) pending.stream().filter(this::carryOut).count();
    }

    private boolean carryOut(UUID id) {
        try {
            objects.delete(id);
            ownTransaction.executeWithoutResult(
                    status -> jdbc.update("DELETE FROM document_object_deletion WHERE id = ?", id));
            return true;
        } catch (RuntimeException failure) {
            log.warn("Deleting the object of document {} failed; retried later: {}", id, failure.getMessage());
            return false;
        }
    }
}
