package id.infoloker.account.documents;

import id.infoloker.events.AccountStatus;
import org.springframework.stereotype.Component;

/**
 * When an account's documents may be changed and submitted: before the first submission while the account waits for
 * verification, and again after a verifier asked for a revision. Otherwise the verifier is looking at them (or has
 * decided), and what they decide on must not change under them.
 */
@Component
class SubmissionPolicy {

    enum Decision {
        OPEN, LOCKED
    }

    Decision decide(AccountStatus status, int submissionsSoFar) {
        return switch (status) {
            case PENDING_VERIFICATION -> submissionsSoFar == 0 ? Decision.OPEN : Decision.LOCKED;
            case REVISION_REQUESTED -> Decision.OPEN;
            case VERIFIED, REJECTED, SUSPENDED, ERASED -> Decision.LOCKED;
        };
    }
}
