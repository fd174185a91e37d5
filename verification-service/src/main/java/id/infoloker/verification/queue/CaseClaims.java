package id.infoloker.verification.queue;

import id.infoloker.kit.problem.ProblemException;
import id.infoloker.verification.cases.CaseRepository;
import id.infoloker.verification.cases.CaseView;
import id.infoloker.verification.cases.CaseViews;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands out cases so that no two verifiers ever work on the same one. */
@Service
public class CaseClaims {

    private static final Logger log = LoggerFactory.getLogger(CaseClaims.class);

    private final CaseRepository cases;
    private final CaseViews views;
    private final QueueProperties properties;
    private final Clock clock;

    CaseClaims(CaseRepository cases, CaseViews views, QueueProperties properties, Clock clock) {
        this.cases = cases;
        this.views = views;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The verifier's next case with a fresh lease, or empty when the queue is empty. A verifier who still holds a live
     * claim gets that case back (a reload or a double click must not lock a second case for ten minutes); otherwise
     * the queue's head is locked and claimed.
     */
    @Transactional
    public Optional<CaseView> claimNext(UUID verifier) {
        Instant now = clock.instant();
        Instant leaseEnd = now.plus(properties.lease());
        Optional<VerificationCase> claimed = cases.findLiveClaimOf(verifier, now)
                .or(() -> cases.lockNextClaimable(now));
        claimed.ifPresent(c -> {
            c.claim(verifier, leaseEnd);
            log.info("Case {} claimed by {} until {}", c.id(), verifier, leaseEnd);
        });
        return claimed.map(views::of);
    }

    /** Gives a held case back to the queue at its place; 409 case-not-claimed unless the caller holds it. */
    @Transactional
    public void release(UUID caseId, UUID verifier) {
        VerificationCase held = cases.findByIdForUpdate(caseId)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "case-not-found"));
        if (!held.currentClaim().isHeldBy(verifier, clock.instant())) {
            throw new ProblemException(HttpStatus.CONFLICT, "case-not-claimed");
        }
        held.release();
        log.info("Case {} released by {}", caseId, verifier);
    }
}
