package id.infoloker.verification.owner;

import java.time.Instant;
import java.util.List;

/**
 * The owner's view of their verification.
 *
 * @param position         1 = next to be taken; 0 while a verifier is looking at it; null unless waiting
 * @param estimate         minutes until a verifier takes it and how that was computed; null unless waiting
 * @param documentsToRedo  after a revision request: the documents to upload again
 */
record MyVerification(OwnerStatus status, String statusLabel, String accountType, Instant registeredAt,
                      List<String> missingDocuments, Long position, boolean inReview, Estimate estimate,
                      String reasonCode, String reasonLabel, String note, List<String> documentsToRedo,
                      Instant decidedAt) {

    /** @param minutes null when there is no recent decision to base an estimate on */
    record Estimate(Long minutes, String basis) {
    }
}
