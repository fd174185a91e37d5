package id.infoloker.account.registration;

import id.infoloker.kit.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class EmployerRegistrationController {

    private final EmployerRegistrationService registrations;

    EmployerRegistrationController(EmployerRegistrationService registrations) {
        this.registrations = registrations;
    }

    /** 202: the account exists now; verification of the company follows asynchronously. */
    @Operation(operationId = "registerEmployer", summary = "Register an employer (company)",
            description = "Creates the account at once; the office verifies the company (NIB, NPWP) afterwards.")
    @ApiResponse(responseCode = "202", description = "Registered, pending verification.")
    @ApiProblem(status = 400, codes = {"invalid-nib", "invalid-npwp", "unknown-kecamatan", "password-length",
            "password-common"})
    @ApiProblem(status = 409, codes = {"already-registered", "consent-outdated"})
    @PostMapping("/api/accounts/employers")
    ResponseEntity<RegistrationAccepted> register(@Valid @RequestBody EmployerRegistrationRequest request) {
        return ResponseEntity.accepted().body(registrations.register(request));
    }
}
