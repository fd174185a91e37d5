package id.infoloker.verification.decision;

import java.util.UUID;
import org.springframework.data.repository.Repository;

/** Append only: no update or delete methods on purpose. */
interface DecisionRecordRepository extends Repository<DecisionRecord, UUID> {

    DecisionRecord save(DecisionRecord decision);
}
