package id.infoloker.account.profile;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MyAccountController {

    private final AccountViews views;
    private final NikReads staffReads;

    MyAccountController(AccountViews views, NikReads staffReads) {
        this.views = views;
        this.staffReads = staffReads;
    }

    /** The owner's own account, full NIK included. */
    @Operation(operationId = "myAccount", summary = "Read my account")
    @ApiResponse(responseCode = "200", description = "My account, full NIK included.")
    @ApiProblem(status = 404, codes = "account-not-found")
    @GetMapping("/api/accounts/me")
    MyAccountView me(AuthenticatedAccount caller) {
        return views.of(caller.id(), NikVisibility.Level.FULL).orElseThrow(MyAccountController::notFound);
    }

    /** Staff only (AccountAccessRules): administrators see the NIK in full (audited), verifiers masked. */
    @Operation(operationId = "readAccount", summary = "Read an account (staff, NIK in full for administrators, audited; masked for verifiers)")
    @ApiResponse(responseCode = "200", description = "The account.")
    @ApiProblem(status = 404, codes = "account-not-found")
    @GetMapping("/api/accounts/{accountId}")
    MyAccountView account(AuthenticatedAccount caller, @PathVariable UUID accountId) {
        return staffReads.accountAsSeenBy(caller, accountId).orElseThrow(MyAccountController::notFound);
    }

    private static ProblemException notFound() {
        return new ProblemException(HttpStatus.NOT_FOUND, "account-not-found");
    }
}
