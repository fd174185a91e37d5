package id.infoloker.web.status;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.Backends;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The signed-in person's own status: verification-service's {@code GET /api/verification/me} (queue position,
 * estimate, the verifier's reason) and account-service's {@code GET /api/accounts/me} and
 * {@code GET /api/accounts/me/documents}. The records keep only what the page shows: no NIK, no name.
 */
@Component
class StatusApi {

    private final Backends backends;

    StatusApi(Backends backends) {
        this.backends = backends;
    }

    /** Empty while verification-service has no case yet (the registration event is still on its way). */
    Optional<MyVerification> verification() {
        try {
            return Optional.ofNullable(backends.verification().get().uri("/api/verification/me").retrieve()
                    .body(MyVerification.class));
        } catch (BackendProblem refused) {
            if (refused.status() == HttpStatus.NOT_FOUND.value()) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    MyAccount account() {
        return backends.account().get().uri("/api/accounts/me").retrieve().body(MyAccount.class);
    }

    List<Document> documents() {
        List<Document> documents = backends.account().get().uri("/api/accounts/me/documents").retrieve()
                .body(new ParameterizedTypeReference<List<Document>>() { });
        return documents == null ? List.of() : documents;
    }

    /** verification-service's {@code MyVerification}; {@code status} is its OwnerStatus. */
    record MyVerification(String status, String accountType, List<String> missingDocuments, Long position,
                          Boolean inReview, Estimate estimate, String reasonCode, String reasonLabel, String note,
                          List<String> documentsToRedo, Instant decidedAt) {
    }

    /** @param minutes null when there was no recent decision to base it on; {@code basis} says so */
    record Estimate(Long minutes, String basis) {
    }

    /** account-service's {@code MyAccountView}, without the personal data this page does not show. */
    record MyAccount(UUID id, String type, String status, String statusReasonCode, String statusNote,
                     List<String> documentsToRedo, Instant statusChangedAt, String nextStep) {
    }

    record Document(UUID id, String type, Instant uploadedAt) {
    }
}
