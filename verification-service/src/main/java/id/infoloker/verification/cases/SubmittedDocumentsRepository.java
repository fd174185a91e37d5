package id.infoloker.verification.cases;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubmittedDocumentsRepository extends JpaRepository<SubmittedDocuments, UUID> {
}
