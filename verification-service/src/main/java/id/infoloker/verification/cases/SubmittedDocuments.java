package id.infoloker.verification.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest documents an account submitted; written by intake with SQL, read here. */
@Entity
@Immutable
@Table(name = "submitted_documents")
public class SubmittedDocuments {

    @Id
    @Column(name = "account_id")
    private UUID accountId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "document_types", columnDefinition = "text[]")
    private List<String> documentTypes;

    @Column(name = "submission")
    private int submission;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    protected SubmittedDocuments() {
    }

    public UUID accountId() {
        return accountId;
    }

    public List<String> documentTypes() {
        return List.copyOf(documentTypes);
    }

    public int submission() {
        return submission;
    }

    public Instant submittedAt() {
        return submittedAt;
    }
}
