package id.infoloker.account.documents;

import id.infoloker.identity.DocumentType;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Document metadata, submissions and the staff-read audit, in PostgreSQL. Contents are in {@link DocumentStorage}. */
@Component
class Documents {

    private static final String COLUMNS = "id, type, format, size_bytes, uploaded_at";

    private final JdbcTemplate jdbc;

    Documents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentView> of(UUID accountId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE account_id = ? ORDER BY uploaded_at",
                Documents::view, accountId);
    }

    Optional<DocumentView> find(UUID accountId, UUID documentId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document WHERE account_id = ? AND id = ?",
                Documents::view, accountId, documentId).stream().findFirst();
    }

    Optional<UUID> idOf(UUID accountId, DocumentType type) {
        return jdbc.queryForList("SELECT id FROM document WHERE account_id = ? AND type = ?", UUID.class,
                accountId, type.name()).stream().findFirst();
    }

    void insert(UUID accountId, DocumentView document, String sha256) {
        jdbc.update("""
                INSERT INTO document (id, account_id, type, format, size_bytes, sha256, uploaded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", document.id(), accountId, document.type().name(),
                document.format().name(), document.sizeBytes(), sha256, Timestamp.from(document.uploadedAt()));
    }

    void delete(UUID documentId) {
        jdbc.update("DELETE FROM document WHERE id = ?", documentId);
    }

    int submissionsOf(UUID accountId) {
        Integer last = jdbc.queryForObject("SELECT max(submission) FROM document_submission WHERE account_id = ?",
                Integer.class, accountId);
        return last == null ? 0 : last;
    }

    void insertSubmission(UUID accountId, int submission, List<DocumentType> types, Instant at) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    INSERT INTO document_submission (account_id, submission, document_types, submitted_at)
                    VALUES (?, ?, ?, ?)""");
            Array array = connection.createArrayOf("text", types.stream().map(Enum::name).toArray());
            statement.setObject(1, accountId);
            statement.setInt(2, submission);
            statement.setArray(3, array);
            statement.setTimestamp(4, Timestamp.from(at));
            return statement;
        });
    }

    List<Submission> submissionList(UUID accountId) {
        return jdbc.query("""
                SELECT submission, document_types, submitted_at FROM document_submission WHERE account_id = ?
                ORDER BY submission""", (row, n) -> new Submission(row.getInt(1),
                List.of((String[]) row.getArray(2).getArray()), row.getTimestamp(3).toInstant()), accountId);
    }

    void audit(UUID ownerId, DocumentView document, UUID readerId, Set<String> readerRoles, Instant at) {
        jdbc.update("""
                INSERT INTO document_read_audit (id, owner_id, document_id, document_type, reader_id, reader_roles,
                                                 read_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), ownerId, document.id(), document.type().name(),
                readerId, String.join(",", new TreeSet<>(readerRoles)), Timestamp.from(at));
    }

    List<StaffRead> staffReadsOf(UUID ownerId) {
        return jdbc.query("""
                SELECT document_id, document_type, reader_id, reader_roles, read_at FROM document_read_audit
                WHERE owner_id = ? ORDER BY read_at""", (row, n) -> new StaffRead(row.getObject(1, UUID.class),
                DocumentType.valueOf(row.getString(2)), row.getObject(3, UUID.class),
                Set.copyOf(Arrays.asList(row.getString(4).split(","))), row.getTimestamp(5).toInstant()), ownerId);
    }

    /** Erasure: the account's documents and submissions go; the read audit stays (it names no person). */
    List<UUID> deleteAllOf(UUID accountId) {
        List<UUID> ids = jdbc.queryForList("DELETE FROM document WHERE account_id = ? RETURNING id", UUID.class,
                accountId);
        jdbc.update("DELETE FROM document_submission WHERE account_id = ?", accountId);
        return ids;
    }

    private static DocumentView view(ResultSet row, int n) throws SQLException {
        DocumentFormat format = DocumentFormat.valueOf(row.getString("format"));
        return new DocumentView(row.getObject("id", UUID.class), DocumentType.valueOf(row.getString("type")), format,
                format.mediaType(), row.getLong("size_bytes"), row.getTimestamp("uploaded_at").toInstant());
    }
}
