package id.infoloker.account.status;

import id.infoloker.account.accounts.Account;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Whether a verifier's decision changes an account. Decisions apply to job seekers and employers that are not
 * suspended or erased; a decision older than the one last applied (events of different cases are not ordered) and a
 * decision that changes nothing are ignored, so consumers downstream see each real change once.
 */
@Component
class DecisionPolicy {

    enum Verdict {
        APPLY, NOT_APPLICABLE, STALE, NO_CHANGE
    }

    static AccountStatus statusAfter(VerificationOutcome outcome) {
        return switch (outcome) {
            case APPROVED -> AccountStatus.VERIFIED;
            case REJECTED -> AccountStatus.REJECTED;
            case REVISION_REQUESTED -> AccountStatus.REVISION_REQUESTED;
        };
    }

    Verdict evaluate(Account account, VerificationDecided decision) {
        if (account.isStaff()
                || account.status() == AccountStatus.SUSPENDED || account.status() == AccountStatus.ERASED) {
            return Verdict.NOT_APPLICABLE;
        }
        if (decision.decidedAt() != null && account.statusDecidedAt() != null
                && decision.decidedAt().isBefore(account.statusDecidedAt())) {
            return Verdict.STALE;
        }
        boolean same = account.status() == statusAfter(decision.outcome())
                && Objects.equals(account.statusReasonCode(), decision.reasonCode())
                && Objects.equals(account.statusNote(), decision.note())
                && account.documentsToRedo().equals(decision.documentsToRedo() == null
                        ? List.of() : decision.documentsToRedo());
        return same ? Verdict.NO_CHANGE : Verdict.APPLY;
    }
}
