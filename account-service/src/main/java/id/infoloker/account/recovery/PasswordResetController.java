package id.infoloker.account.recovery;

import id.infoloker.account.auth.ClientAddress;
import id.infoloker.kit.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PasswordResetController {

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    /** Always 202 with the same body, whether or not the account exists. */
    @Operation(operationId = "requestPasswordReset", summary = "Forgot password: send a reset code",
            description = "Sends a 6-digit code (10 minutes) over the account's channels. The answer is the same "
                    + "whether or not the account exists.")
    @ApiResponse(responseCode = "202", description = "A code is on its way if the account exists.")
    @PostMapping("/api/auth/password-reset")
    ResponseEntity<CodeSent> request(@Valid @RequestBody PasswordResetRequest request, HttpServletRequest http) {
        Duration validity = resets.request(request.username(), ClientAddress.of(http));
        return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore())
                .body(new CodeSent(validity.toSeconds()));
    }

    @Operation(operationId = "confirmPasswordReset", summary = "Set a new password with the reset code",
            description = "Ends every session of the account.")
    @ApiResponse(responseCode = "204", description = "The new password holds; sign in with it.")
    @ApiProblem(status = 400, codes = {"invalid-code", "password-length", "password-common"})
    @PostMapping("/api/auth/password-reset/confirm")
    ResponseEntity<Void> confirm(@Valid @RequestBody PasswordResetConfirmation confirmation,
                                 HttpServletRequest http) {
        resets.confirm(confirmation.username(), confirmation.code(), confirmation.newPassword(),
                ClientAddress.of(http));
        return ResponseEntity.noContent().build();
    }
}
