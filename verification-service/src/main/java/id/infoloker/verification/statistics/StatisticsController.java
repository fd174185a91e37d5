package id.infoloker.verification.statistics;

import id.infoloker.events.AccountType;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.kit.security.Roles;
import id.infoloker.verification.cases.Cases;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff only (see StaffOnlyRules); the per-verifier figures only for ADMIN. */
@RestController
class StatisticsController {

    private final VerificationStatistics statistics;

    StatisticsController(VerificationStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(operationId = "verificationStatistics", summary = "Queue depth and decision figures (staff)")
    @ApiResponse(responseCode = "200", description = "The figures; per verifier only for ADMIN.")
    @GetMapping("/api/verification/statistics")
    StatisticsView statistics(AuthenticatedAccount caller) {
        VerificationStatistics.Snapshot snapshot = statistics.current();
        Map<String, Cases.Depth> byType = new LinkedHashMap<>();
        for (AccountType type : List.of(AccountType.JOB_SEEKER, AccountType.EMPLOYER)) {
            byType.put(type.name(), snapshot.depthOf(type));
        }
        return new StatisticsView(snapshot.at(),
                new QueueView(byType, snapshot.oldestWaitingSince(), snapshot.oldestWaitingSeconds()),
                new DecisionsView(snapshot.decisionsLastHour(), snapshot.decisionsToday(),
                        caller.hasRole(Roles.ADMIN) ? snapshot.perVerifier() : null),
                snapshot.medianRegistrationToDecisionSeconds());
    }

    record StatisticsView(Instant at, QueueView queue, DecisionsView decisions,
                          Long medianRegistrationToDecisionSeconds) {
    }

    record QueueView(Map<String, Cases.Depth> byType, Instant oldestWaitingSince,
                     long oldestWaitingSeconds) {
    }

    /** @param perVerifier null unless the caller is ADMIN */
    record DecisionsView(long lastHour, long today, List<VerificationStatistics.VerifierFigures> perVerifier) {
    }
}
