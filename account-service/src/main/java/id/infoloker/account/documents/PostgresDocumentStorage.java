package id.infoloker.account.documents;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Contents as {@code bytea} in this service's database: one backup, one transaction with the metadata, no extra
 * infrastructure: the devstack's store. A 20 Gi volume holds a few thousand sign-ups of four documents, so the cluster
 * uses {@link S3DocumentStorage}, which still reads rows written here until they are moved.
 */
class PostgresDocumentStorage implements DocumentStorage {

    private final JdbcTemplate jdbc;

    PostgresDocumentStorage(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(UUID id, byte[] content) {
        jdbc.update("INSERT INTO document_content (id, content) VALUES (?, ?)", id, content);
    }

    @Override
    public Optional<byte[]> read(UUID id) {
        return jdbc.query("SELECT content FROM document_content WHERE id = ?",
                rows -> rows.next() ? Optional.of(rows.getBytes(1)) : Optional.<byte[]>empty(), id);
    }

    @Override
    public void delete(UUID id) {
        jdbc.update("DELETE FROM document_content WHERE id = ?", id);
    }
}
