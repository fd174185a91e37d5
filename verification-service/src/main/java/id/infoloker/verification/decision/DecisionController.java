package id.infoloker.verification.decision;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff only (see StaffOnlyRules). */
@RestController
@RequestMapping("/api/verification")
class DecisionController {

    private final CaseDecisions decisions;
    private final MessageSource messages;

    DecisionController(CaseDecisions decisions, MessageSource messages) {
        this.decisions = decisions;
        this.messages = messages;
    }

    @Operation(operationId = "decideCase", summary = "Approve, reject or ask for corrections on a claimed case")
    @ApiResponse(responseCode = "200", description = "The recorded decision.")
    @ApiProblem(status = 400, codes = {"reason-required", "unknown-reason", "note-required", "documents-required"})
    @ApiProblem(status = 404, codes = "case-not-found")
    @ApiProblem(status = 409, codes = "case-not-claimed")
    @ApiProblem(status = 503, codes = "personal-data-keys-unavailable")
    @PostMapping("/cases/{id}/decision")
    DecisionView decide(@PathVariable UUID id, @Valid @RequestBody DecisionRequest request,
                        AuthenticatedAccount verifier) {
        return decisions.decide(id, verifier.id(), request);
    }

    /** The rejection reasons with their labels in the caller's language, for the console's picker. */
    @Operation(operationId = "listRejectionReasons", summary = "Rejection reasons with labels in the caller's language")
    @ApiResponse(responseCode = "200", description = "The reasons.")
    @GetMapping("/rejection-reasons")
    List<ReasonView> reasons(Locale locale) {
        return Arrays.stream(RejectionReason.values())
                .map(reason -> new ReasonView(reason.name(),
                        messages.getMessage("reason." + reason.name(), null, reason.name(), locale),
                        reason.needsNote()))
                .toList();
    }

    record ReasonView(String code, String label, boolean noteRequired) {
    }
}
