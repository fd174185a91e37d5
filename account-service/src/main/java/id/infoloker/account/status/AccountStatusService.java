package id.infoloker.account.status;

import id.infoloker.account.accounts.Account;
import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.account.correction.IdentityCorrections;
import id.infoloker.account.shredding.AccountEvents;
import id.infoloker.account.ak1.Ak1Cards;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.VerificationDecided;
import id.infoloker.kit.inbox.MalformedEventException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Applies verification decisions to accounts and announces each change as {@code account.status-changed.v1}. */
@Service
class AccountStatusService {

    private static final Logger log = LoggerFactory.getLogger(AccountStatusService.class);

    private final AccountRepository accounts;
    private final DecisionPolicy policy;
    private final AccountEvents events;
    private final IdentityCorrections corrections;
    private final Ak1Cards ak1Cards;
    private final Clock clock;

    AccountStatusService(AccountRepository accounts, DecisionPolicy policy, AccountEvents events,
                         IdentityCorrections corrections, Ak1Cards ak1Cards, Clock clock) {
        this.corrections = corrections;
        this.ak1Cards = ak1Cards;
        this.accounts = accounts;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    /** Runs inside the inbox's transaction: the change, its event and the processed event id commit together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(VerificationDecided decision) {
        if (decision.accountId() == null || decision.outcome() == null) {
            throw new MalformedEventException("verification decision without account id or outcome");
        }
        // An account is created before its registered event is published, so an unknown id will never become known:
        // not retried, it goes to the dead-letter topic for someone to look at.
        Account account = accounts.findForUpdate(decision.accountId()).orElseThrow(() -> new MalformedEventException(
                "verification decision for unknown account " + decision.accountId()));
        DecisionPolicy.Verdict verdict = policy.evaluate(account, decision);
        if (verdict != DecisionPolicy.Verdict.APPLY) {
            log.info("Verification decision {} of case {} for account {} not applied: {}", decision.outcome(),
                    decision.caseId(), account.id(), verdict);
            return;
        }
        Instant now = Instant.now(clock);
        AccountStatus newStatus = DecisionPolicy.statusAfter(decision.outcome());
        List<String> documentsToRedo = decision.documentsToRedo() == null ? List.of() : decision.documentsToRedo();
        AccountStatus previous = account.applyDecision(newStatus, decision.reasonCode(), decision.note(),
                documentsToRedo, decision.decidedAt() == null ? now : decision.decidedAt(), now);
        // An identity correction waiting for this decision: applied on approval (before the event below, so it
        // carries the corrected name), dropped on rejection, kept while a revision is asked for.
        if (newStatus == AccountStatus.VERIFIED) {
            corrections.applyApproved(account);
        } else if (newStatus == AccountStatus.REJECTED) {
            corrections.discard(account.id());
        }
        events.statusChanged(new AccountStatusChanged(account.id(),
                account.type(), newStatus, previous, account.displayName(), decision.reasonCode(), decision.note(),
                documentsToRedo, now));
        ak1Cards.afterStatusChange(account, previous);
        log.info("Account {} status {} -> {} (case {})", account.id(), previous, newStatus, decision.caseId());
    }
}
