package id.infoloker.verification.owner;

import id.infoloker.events.VerificationOutcome;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.verification.cases.CaseStatus;
import id.infoloker.verification.cases.Cases;
import id.infoloker.verification.cases.SubmittedDocumentsRepository;
import id.infoloker.verification.cases.VerificationCase;
import id.infoloker.verification.checks.RequiredDocumentsPolicy;
import id.infoloker.verification.decision.DecisionHistory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The owner's own case: any authenticated account (see StaffOnlyRules); nobody reads another account's case here. */
@RestController
class MyVerificationController {

    private final Cases cases;
    private final SubmittedDocumentsRepository documents;
    private final DecisionHistory history;
    private final MessageSource messages;
    private final Clock clock;

    MyVerificationController(Cases cases, SubmittedDocumentsRepository documents, DecisionHistory history,
                             MessageSource messages, Clock clock) {
        this.cases = cases;
        this.documents = documents;
        this.history = history;
        this.messages = messages;
        this.clock = clock;
    }

    @Operation(operationId = "myVerification", summary = "My verification status and place in the queue",
            description = "While waiting: the position in the queue (0 = being reviewed now) and an estimated wait.")
    @ApiResponse(responseCode = "200", description = "My case's status.")
    @ApiProblem(status = 404, codes = "no-verification-case")
    @GetMapping("/api/verification/me")
    @Transactional(readOnly = true)
    MyVerification me(AuthenticatedAccount caller, Locale locale) {
        VerificationCase mine = cases.findByAccountId(caller.id())
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "no-verification-case"));
        OwnerStatus status = statusOf(mine);
        List<String> submitted = documents.findById(mine.accountId()).map(d -> d.documentTypes()).orElse(List.of());
        List<String> missing = RequiredDocumentsPolicy.missing(mine.accountType(), submitted);
        Long position = null;
        boolean inReview = false;
        MyVerification.Estimate estimate = null;
        if (status == OwnerStatus.AWAITING_VERIFICATION) {
            Instant now = clock.instant();
            inReview = mine.status() == CaseStatus.CLAIMED && mine.leaseExpiresAt().isAfter(now);
            position = inReview ? 0L : cases.positionOf(mine, now);
            estimate = estimate(position, inReview, now, locale);
        }
        DecisionHistory.RecordedDecision last = status == OwnerStatus.REVISION_REQUESTED
                || status == OwnerStatus.REJECTED ? history.latestFor(mine.accountId()).orElse(null) : null;
        return new MyVerification(status, messages.getMessage("owner.status." + status.name(), null, locale),
                mine.accountType().name(), mine.registeredAt(), missing, position, inReview, estimate,
                last == null ? null : last.reasonCode(),
                last == null || last.reasonCode() == null ? null
                        : messages.getMessage("reason." + last.reasonCode(), null, last.reasonCode(), locale),
                last == null ? null : last.note(), last == null ? List.of() : last.documentsToRedo(),
                mine.decidedAt());
    }

    private static OwnerStatus statusOf(VerificationCase mine) {
        if (mine.status() == CaseStatus.DECIDED) {
            return mine.outcome() == VerificationOutcome.APPROVED ? OwnerStatus.APPROVED
                    : mine.outcome() == VerificationOutcome.REJECTED ? OwnerStatus.REJECTED
                    : OwnerStatus.REVISION_REQUESTED;
        }
        return mine.documentsComplete() ? OwnerStatus.AWAITING_VERIFICATION : OwnerStatus.AWAITING_DOCUMENTS;
    }

    private MyVerification.Estimate estimate(long position, boolean inReview, Instant now, Locale locale) {
        if (inReview) {
            return new MyVerification.Estimate(0L, messages.getMessage("owner.estimate.in-review", null, locale));
        }
        long lastHour = history.countSince(now.minus(WaitEstimatePolicy.SHORT_WINDOW));
        long lastDay = lastHour > 0 ? lastHour : history.countSince(now.minus(WaitEstimatePolicy.LONG_WINDOW));
        WaitEstimatePolicy.Estimate estimate = WaitEstimatePolicy.estimate(position, lastHour, lastDay);
        String basis = estimate.minutes() == null
                ? messages.getMessage("owner.estimate.no-data", null, locale)
                : messages.getMessage("owner.estimate.basis", new Object[] {estimate.decisions(),
                        estimate.window().toHours(), position, estimate.minutes()}, locale);
        return new MyVerification.Estimate(estimate.minutes(), basis);
    }
}
