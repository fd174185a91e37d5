package id.infoloker.verification.decision;

import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.verification.cases.Cases;
import id.infoloker.verification.cases.VerificationCase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a verifier's decision: the case, its audit row and the verification.decided.v1 event commit together or
 * not at all. The note is free text about the person, so it travels sealed with their key.
 */
@Service
public class CaseDecisions {

    private static final Logger log = LoggerFactory.getLogger(CaseDecisions.class);

    private final Cases cases;
    private final DecisionRecordRepository records;
    private final DecisionPolicy policy;
    private final Outbox outbox;
    private final PersonalDataSeals seals;
    private final Clock clock;
    private final MeterRegistry meters;

    CaseDecisions(Cases cases, DecisionRecordRepository records, DecisionPolicy policy, Outbox outbox,
                  PersonalDataSeals seals, Clock clock, MeterRegistry meters) {
        this.cases = cases;
        this.records = records;
        this.policy = policy;
        this.outbox = outbox;
        this.seals = seals;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional
    public DecisionView decide(UUID caseId, UUID verifier, DecisionRequest request) {
        Instant now = clock.instant();
        // Locked, so a colleague cannot claim it from an expiring lease while this decision commits.
        VerificationCase verificationCase = cases.lock(caseId);
        Decision decision = policy.decide(verificationCase.currentClaim(), verifier, request, now);
        if (decision instanceof Decision.Refused refused) {
            throw refused.asRefusal();
        }
        Decision.Accepted accepted = (Decision.Accepted) decision;
        verificationCase.decide(accepted.outcome(), verifier, now);
        records.save(new DecisionRecord(caseId, verificationCase.accountId(), accepted, verifier, now));
        String reasonCode = accepted.reason() == null ? null : accepted.reason().name();
        outbox.publish(Topics.VERIFICATION_DECIDED, verificationCase.accountId(),
                seals.seal(new VerificationDecided(caseId, verificationCase.accountId(), accepted.outcome(),
                        reasonCode, accepted.note(), accepted.documentsToRedo(), verifier, now)));
        Counter.builder("verification.decisions").tag("outcome", accepted.outcome().name())
                .description("Decisions recorded by verifiers").register(meters).increment();
        log.info("Case {} decided {} by {}", caseId, accepted.outcome(), verifier);
        return new DecisionView(caseId, verificationCase.accountId(), accepted.outcome(), reasonCode,
                accepted.note(), accepted.documentsToRedo(), verifier, now);
    }
}
