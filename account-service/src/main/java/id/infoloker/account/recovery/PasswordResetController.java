package id.infoloker.account.recovery;

import id.infoloker.account.auth.ClientAddress;
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
    @PostMapping("/api/auth/password-reset")
    ResponseEntity<CodeSent> request(@Valid @RequestBody PasswordResetRequest request, HttpServletRequest http) {
        Duration validity = resets.request(request.username(), ClientAddress.of(http));
        return ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore())
                .body(new CodeSent(validity.toSeconds()));
    }

    @PostMapping("/api/auth/password-reset/confirm")
    ResponseEntity<Void> confirm(@Valid @RequestBody PasswordResetConfirmation confirmation,
                                 HttpServletRequest http) {
        resets.confirm(confirmation.username(), confirmation.code(), confirmation.newPassword(),
                ClientAddress.of(http));
        return ResponseEntity.noContent().build();
    }
}
