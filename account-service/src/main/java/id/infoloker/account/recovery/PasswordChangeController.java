package id.infoloker.account.recovery;

import id.infoloker.kit.security.AuthenticatedAccount;
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
    @PostMapping("/api/accounts/me/password")
    ResponseEntity<Void> change(AuthenticatedAccount caller, @Valid @RequestBody PasswordChange change) {
        changes.change(caller.id(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
