package id.infoloker.account.staff;

import id.infoloker.events.AccountType;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN only (profile.AccountAccessRules). */
@RestController
class StaffAdministrationController {

    private final StaffAdministration staff;

    StaffAdministrationController(StaffAdministration staff) {
        this.staff = staff;
    }

    @Operation(operationId = "listStaff", summary = "List staff accounts (ADMIN)")
    @ApiResponse(responseCode = "200", description = "Verifiers and administrators with status and second factor.")
    @GetMapping("/api/accounts/staff")
    ResponseEntity<List<StaffMember>> list() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.list());
    }

    @Operation(operationId = "disableStaff", summary = "Disable a staff account (ADMIN)",
            description = "Its sessions end at once. Disabling a disabled account changes nothing.")
    @ApiResponse(responseCode = "204", description = "Disabled.")
    @ApiProblem(status = 404, codes = "staff-not-found")
    @ApiProblem(status = 409, codes = "staff-self-change")
    @PostMapping("/api/accounts/staff/{id}/disable")
    ResponseEntity<Void> disable(AuthenticatedAccount admin, @PathVariable UUID id) {
        staff.disable(admin.id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "enableStaff", summary = "Enable a disabled staff account (ADMIN)")
    @ApiResponse(responseCode = "204", description = "Enabled.")
    @ApiProblem(status = 404, codes = "staff-not-found")
    @ApiProblem(status = 409, codes = "staff-self-change")
    @PostMapping("/api/accounts/staff/{id}/enable")
    ResponseEntity<Void> enable(AuthenticatedAccount admin, @PathVariable UUID id) {
        staff.enable(admin.id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "resetStaffPassword", summary = "Reset a staff password (ADMIN)",
            description = "Answers a temporary password to hand over; its holder must change it at the next sign-in.")
    @ApiResponse(responseCode = "200", description = "The temporary password, never cached.")
    @ApiProblem(status = 404, codes = "staff-not-found")
    @ApiProblem(status = 409, codes = "staff-self-change")
    @PostMapping("/api/accounts/staff/{id}/password-reset")
    ResponseEntity<TemporaryPassword> resetPassword(AuthenticatedAccount admin, @PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.resetPassword(admin.id(), id));
    }

    @Operation(operationId = "changeStaffRole", summary = "Change a staff account's role (ADMIN)")
    @ApiResponse(responseCode = "204",
            description = "Changed; the account's tokens end, the next sign-in carries the role.")
    @ApiProblem(status = 400, codes = "invalid-staff-type")
    @ApiProblem(status = 404, codes = "staff-not-found")
    @ApiProblem(status = 409, codes = "staff-self-change")
    @PutMapping("/api/accounts/staff/{id}/role")
    ResponseEntity<Void> changeRole(AuthenticatedAccount admin, @PathVariable UUID id,
                                    @Valid @RequestBody StaffRoleChange change) {
        staff.changeRole(admin.id(), id, change.type());
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "removeStaffSecondFactor", summary = "Remove a staff account's second factor (ADMIN)",
            description = "For a lost phone: the account enrols again.")
    @ApiResponse(responseCode = "204", description = "Removed.")
    @ApiProblem(status = 404, codes = "staff-not-found")
    @ApiProblem(status = 409, codes = "staff-self-change")
    @DeleteMapping("/api/accounts/staff/{id}/second-factor")
    ResponseEntity<Void> removeSecondFactor(AuthenticatedAccount admin, @PathVariable UUID id) {
        staff.removeSecondFactor(admin.id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(operationId = "secondFactorRequirements", summary = "Which staff roles must use a second factor (ADMIN)")
    @ApiResponse(responseCode = "200", description = "Per staff role, whether a second factor is required.")
    @GetMapping("/api/accounts/staff/second-factor-requirements")
    ResponseEntity<Map<AccountType, Boolean>> requirements() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.secondFactorRequirements());
    }

    @Operation(operationId = "requireSecondFactor",
            summary = "Require a second factor for a staff role, or not (ADMIN)")
    @ApiResponse(responseCode = "200", description = "Per staff role, whether a second factor is required.")
    @ApiProblem(status = 400, codes = "invalid-staff-type")
    @PutMapping("/api/accounts/staff/second-factor-requirements")
    ResponseEntity<Map<AccountType, Boolean>> require(AuthenticatedAccount admin,
                                                      @Valid @RequestBody SecondFactorRequirement requirement) {
        staff.requireSecondFactor(admin.id(), requirement.type(), requirement.required());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.secondFactorRequirements());
    }
}
