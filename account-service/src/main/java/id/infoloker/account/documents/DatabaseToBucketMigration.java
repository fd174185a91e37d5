package id.infoloker.account.documents;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves contents stored as {@code bytea} (the PostgreSQL store, or a service that ran before the bucket was
 * configured) into the bucket, a batch per transaction: the rows are locked ({@code SKIP LOCKED}, so instances share
 * the work), written as objects, then deleted. Idempotent: a run that dies after writing objects but before its commit
 * leaves the rows, and the next run writes the same bytes under the same keys again. Reads find either copy meanwhile.
 */
class DatabaseToBucketMigration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseToBucketMigration.class);

    private final DocumentObjects objects;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int batch;

    DatabaseToBucketMigration(DocumentObjects objects, JdbcTemplate jdbc, TransactionTemplate transactions,
                              int batch) {
        this.objects = objects;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.batch = batch;
    }

    /** @return how many contents were moved; 0 once PostgreSQL holds none */
    int moveAll() {
        int total = 0;
        int moved;
        while ((moved = moveBatch()) > 0) {
            total += moved;
        }
        if (total > 0) {
            log.info("Moved {} document contents from PostgreSQL to the bucket", total);
        }
        return total;
    }

    int moveBatch() {
        Integer moved = transactions.execute(status -> {
            List<Row> rows = jdbc.query(
                    "SELECT id, content FROM document_content ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                    (result, n) -> new Row(result.getObject(1, UUID.class), result.getBytes(2)), batch);
            rows.forEach(row -> objects.put(row.id(), row.content()));
            jdbc.batchUpdate("DELETE FROM document_content WHERE id = ?",
                    rows.stream().map(row -> new Object[] {row.id()}).toList());
            return rows.size();
        });
        return moved == null ? 0 : moved;
    }

    private record Row(UUID id, byte[] content) {
    }
}
