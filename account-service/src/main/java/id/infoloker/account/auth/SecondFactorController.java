package id.infoloker.account.auth;

import id.infoloker.account.accounts.AccountRepository;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Staff enrol their own second factor while signed in (VERIFIER, ADMIN; profile.AccountAccessRules). */
@RestController
class SecondFactorController {

    record Confirmation(@NotBlank @Size(max = 20) String code) {
    }

    private final SecondFactors secondFactors;
    private final AccountRepository accounts;
    private final Clock clock;

    SecondFactorController(SecondFactors secondFactors, AccountRepository accounts, Clock clock) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The secret as base32 and as an otpauth:// URI; nothing holds until the first code confirms it. */
    @Operation(operationId = "startSecondFactorEnrolment", summary = "Start enrolling my second factor (TOTP, staff)",
            description = "The secret as base32 and as an `otpauth://` URI for an authenticator app; it holds once "
                    + "`POST /api/accounts/me/second-factor/confirm` confirms a first code.")
    @ApiResponse(responseCode = "200", description = "The secret to enrol, never cached.")
    @ApiProblem(status = 404, codes = "account-not-found")
    @ApiProblem(status = 409, codes = "second-factor-already-enrolled")
    @PostMapping("/api/accounts/me/second-factor")
    ResponseEntity<SecondFactors.Enrolment> enrol(AuthenticatedAccount staff) {
        String email = accounts.findById(staff.id())
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "account-not-found")).email();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(secondFactors.startEnrolment(staff.id(), email));
    }

    @Operation(operationId = "confirmSecondFactor", summary = "Confirm my second factor with a first code")
    @ApiResponse(responseCode = "204", description = "Enrolled: sign-in asks for a code from now on.")
    @ApiProblem(status = 400, codes = "second-factor-invalid")
    @PostMapping("/api/accounts/me/second-factor/confirm")
    ResponseEntity<Void> confirm(AuthenticatedAccount staff, @Valid @RequestBody Confirmation confirmation) {
        if (!secondFactors.confirm(staff.id(), confirmation.code().strip(), clock.instant())) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "second-factor-invalid").onField("code");
        }
        return ResponseEntity.noContent().build();
    }
}
