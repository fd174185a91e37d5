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
class JobSeekerRegistrationController {

    private final JobSeekerRegistrationService registrations;

    JobSeekerRegistrationController(JobSeekerRegistrationService registrations) {
        this.registrations = registrations;
    }

    /** 202: the account exists now; verification follows asynchronously. */
    @Operation(operationId = "registerJobSeeker", summary = "Register a job seeker",
            description = "Creates the account at once; verification follows after the documents are submitted.")
    @ApiResponse(responseCode = "202", description = "Registered, pending verification.")
    @ApiProblem(status = 400, codes = {"invalid-nik", "unknown-kecamatan", "password-length", "password-common"})
    @ApiProblem(status = 409, codes = {"already-registered", "consent-outdated"})
    @PostMapping("/api/accounts/job-seekers")
    ResponseEntity<RegistrationAccepted> register(@Valid @RequestBody JobSeekerRegistrationRequest request) {
        return ResponseEntity.accepted().body(registrations.register(request));
    }
}
