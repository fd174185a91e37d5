package id.infoloker.account.recovery;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PasswordChangeController {

    record PasswordChange(@NotBlank @Size(max = 200) String currentPassword,
                          @NotBlank @Size(max = 200) String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[<hidden>]";
        }
    }

    private final PasswordChanges changes;

    PasswordChangeController(PasswordChanges changes) {
        this.changes = changes;
    }

    /** 204; every session (this one's refresh token included) is over: sign in again with the new password. */
    @Operation(operationId = "changeMyPassword", summary = "Change my password",
            description = "Ends every session, this one included: sign in again with the new password.")
    @ApiResponse(responseCode = "204", description = "Changed; every refresh token is revoked.")
    @ApiProblem(status = 400, codes = {"current-password-wrong", "password-length", "password-common"})
    @ApiProblem(status = 404, codes = "account-not-found")
    @PostMapping("/api/accounts/me/password")
    ResponseEntity<Void> change(AuthenticatedAccount caller, @Valid @RequestBody PasswordChange change) {
        changes.change(caller.id(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
