package id.infoloker.account.contact;

import id.infoloker.account.recovery.CodeSent;
import id.infoloker.account.registration.IndonesianPhoneNumber;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContactChangeController {

    record NewEmail(@NotBlank @Email @Size(max = 254) String email) {

        NewEmail {
            // Stray spaces from copy-paste or mobile keyboards are not worth a refusal.
            email = email == null ? null : email.strip();
        }

        @Override
        public String toString() {
            return "NewEmail[<hidden>]";
        }
    }

    record NewPhone(@NotBlank @IndonesianPhoneNumber String phone) {

        @Override
        public String toString() {
            return "NewPhone[<hidden>]";
        }
    }

    record Confirmation(@NotBlank @Pattern(regexp = "\\d{6}") String code) {

        @Override
        public String toString() {
            return "Confirmation[<hidden>]";
        }
    }

    private final ContactChanges changes;

    ContactChangeController(ContactChanges changes) {
        this.changes = changes;
    }

    @Operation(operationId = "requestEmailChange", summary = "Change my e-mail address: send a code to the new one",
            description = "The address changes once `POST /api/accounts/me/email/confirm` confirms the code sent "
                + "to it.")
    @ApiResponse(responseCode = "202", description = "Code sent; how many seconds it stays valid.")
    @ApiProblem(status = 400, codes = "contact-unchanged")
    @ApiProblem(status = 404, codes = "account-not-found")
    @ApiProblem(status = 409, codes = "already-registered")
    @PostMapping("/api/accounts/me/email")
    ResponseEntity<CodeSent> email(AuthenticatedAccount caller, @Valid @RequestBody NewEmail request) {
        return accepted(changes.request(caller.id(), ContactChanges.Field.EMAIL, request.email()).toSeconds());
    }

    @Operation(operationId = "confirmEmailChange", summary = "Confirm my new e-mail address with its code")
    @ApiResponse(responseCode = "204", description = "The e-mail address is changed.")
    @ApiProblem(status = 400, codes = "invalid-code")
    @ApiProblem(status = 409, codes = "already-registered")
    @PostMapping("/api/accounts/me/email/confirm")
    ResponseEntity<Void> confirmEmail(AuthenticatedAccount caller, @Valid @RequestBody Confirmation confirmation) {
        changes.confirm(caller.id(), ContactChanges.Field.EMAIL, confirmation.code());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "requestPhoneChange", summary = "Change my phone number: send a code to the new one",
            description = "The number changes once `POST /api/accounts/me/phone/confirm` confirms the code sent to it.")
    @ApiResponse(responseCode = "202", description = "Code sent; how many seconds it stays valid.")
    @ApiProblem(status = 400, codes = "contact-unchanged")
    @ApiProblem(status = 404, codes = "account-not-found")
    @ApiProblem(status = 409, codes = "already-registered")
    @PostMapping("/api/accounts/me/phone")
    ResponseEntity<CodeSent> phone(AuthenticatedAccount caller, @Valid @RequestBody NewPhone request) {
        return accepted(changes.request(caller.id(), ContactChanges.Field.PHONE, request.phone()).toSeconds());
    }

    @Operation(operationId = "confirmPhoneChange", summary = "Confirm my new phone number with its code")
    @ApiResponse(responseCode = "204", description = "The phone number is changed.")
    @ApiProblem(status = 400, codes = "invalid-code")
    @ApiProblem(status = 409, codes = "already-registered")
    @PostMapping("/api/accounts/me/phone/confirm")
    ResponseEntity<Void> confirmPhone(AuthenticatedAccount caller, @Valid @RequestBody Confirmation confirmation) {
        changes.confirm(caller.id(), ContactChanges.Field.PHONE, confirmation.code());
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<CodeSent> accepted(long seconds) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CodeSent(seconds));
    }
}
