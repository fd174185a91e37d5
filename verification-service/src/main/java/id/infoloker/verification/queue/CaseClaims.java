package id.infoloker.verification.queue;

import id.infoloker.verification.cases.CaseView;
import id.infoloker.verification.cases.CaseViews;
import id.infoloker.verification.cases.Cases;
import id.infoloker.verification.cases.VerificationCase;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands out cases so that no two verifiers ever work on the same one. */
@Service
public class CaseClaims {

    private static final Logger log = LoggerFactory.getLogger(CaseClaims.class);

    private final Cases cases;
    private final CaseViews views;
    private final QueueProperties properties;
    private final Clock clock;

    CaseClaims(Cases cases, CaseViews views, QueueProperties properties, Clock clock) {
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
        Optional<VerificationCase> claimed = cases.lockNextFor(verifier, now);
        claimed.ifPresent(c -> {
            c.claim(verifier, now, leaseEnd);
            log.info("Case {} claimed by {} until {}", c.id(), verifier, leaseEnd);
        });
        return claimed.map(views::of);
    }

    /** Gives a held case back to the queue at its place; refused (case-not-claimed) unless the caller holds it. */
    @Transactional
    public void release(UUID caseId, UUID verifier) {
        cases.lock(caseId).release(verifier, clock.instant());
        log.info("Case {} released by {}", caseId, verifier);
    }

    /**
     * An ADMIN gives an open, complete case to a verifier, with a fresh lease: it is the verifier's next case (their
     * claim-next returns a live claim first).
     */
    @Transactional
    public void assign(UUID caseId, UUID verifier, UUID admin) {
        cases.lock(caseId).assignTo(verifier, clock.instant().plus(properties.lease()));
        log.info("Case {} assigned to {} by {}", caseId, verifier, admin);
    }
}
