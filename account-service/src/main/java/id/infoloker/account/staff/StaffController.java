package id.infoloker.account.staff;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN only (profile.AccountAccessRules). */
@RestController
class StaffController {

    private final StaffCreation staff;

    StaffController(StaffCreation staff) {
        this.staff = staff;
    }

    @Operation(operationId = "createStaffAccount", summary = "Create a verifier or administrator account")
    @ApiResponse(responseCode = "201", description = "Created.")
    @ApiProblem(status = 400, codes = "invalid-staff-type")
    @ApiProblem(status = 409, codes = "already-registered")
    @PostMapping("/api/accounts/staff")
    ResponseEntity<StaffCreated> create(AuthenticatedAccount admin, @Valid @RequestBody NewStaffRequest request) {
        return ResponseEntity.status(201).body(staff.create(admin.id(), request));
    }
}
