package id.infoloker.account.correction;

import id.infoloker.account.accounts.Sex;
import id.infoloker.events.AccountStatus;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IdentityCorrectionController {

    record CorrectionRequest(@NotBlank @Size(max = 150) String fullName,
                             @NotBlank @Pattern(regexp = "\\s*\\d{16}\\s*") String nik,
                             @NotBlank @Size(max = 100) String birthPlace,
                             @NotNull @Past LocalDate birthDate,
                             @NotNull Sex sex) {

        @Override
        public String toString() {
            return "CorrectionRequest[<personal data hidden>]";
        }
    }

    record CorrectionAccepted(AccountStatus status, String reasonCode) {
    }

    private final IdentityCorrections corrections;

    IdentityCorrectionController(IdentityCorrections corrections) {
        this.corrections = corrections;
    }

    /** JOB_SEEKER only (AccountAccessRules). 202: the account waits for a verifier again. */
    @Operation(operationId = "requestIdentityCorrection", summary = "Correct my identity data (name, NIK, birth data)",
            description = "Sends the account back through verification with the reason KOREKSI_DATA.")
    @ApiResponse(responseCode = "202", description = "Accepted; the account waits for a verifier again.")
    @ApiProblem(status = 400, codes = {"invalid-nik", "correction-unchanged"})
    @ApiProblem(status = 403, codes = "correction-not-allowed")
    @ApiProblem(status = 404, codes = "account-not-found")
    @ApiProblem(status = 409, codes = "already-registered")
    @PostMapping("/api/accounts/me/identity-correction")
    ResponseEntity<CorrectionAccepted> request(AuthenticatedAccount caller,
                                               @Valid @RequestBody CorrectionRequest request) {
        corrections.request(caller.id(), new IdentityCorrections.Correction(request.fullName(), request.nik(),
                request.birthPlace(), request.birthDate(), request.sex()));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new CorrectionAccepted(
                AccountStatus.PENDING_VERIFICATION, "KOREKSI_DATA"));
    }
}
