package id.infoloker.account.staff;

import id.infoloker.events.AccountType;
import id.infoloker.kit.security.AuthenticatedAccount;
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

    @GetMapping("/api/accounts/staff")
    ResponseEntity<List<StaffMember>> list() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.list());
    }

    @PostMapping("/api/accounts/staff/{id}/disable")
    ResponseEntity<Void> disable(AuthenticatedAccount admin, @PathVariable UUID id) {
        staff.disable(admin.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/staff/{id}/enable")
    ResponseEntity<Void> enable(AuthenticatedAccount admin, @PathVariable UUID id) {
        staff.enable(admin.id(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/accounts/staff/{id}/password-reset")
    ResponseEntity<TemporaryPassword> resetPassword(AuthenticatedAccount admin, @PathVariable UUID id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.resetPassword(admin.id(), id));
    }

    @PutMapping("/api/accounts/staff/{id}/role")
    ResponseEntity<Void> changeRole(AuthenticatedAccount admin, @PathVariable UUID id,
                                    @Valid @RequestBody StaffRoleChange change) {
        staff.changeRole(admin.id(), id, change.type());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/accounts/staff/{id}/second-factor")
    ResponseEntity<Void> removeSecondFactor(AuthenticatedAccount admin, @PathVariable UUID id) {
        staff.removeSecondFactor(admin.id(), id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/accounts/staff/second-factor-requirements")
    ResponseEntity<Map<AccountType, Boolean>> requirements() {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.secondFactorRequirements());
    }

    @PutMapping("/api/accounts/staff/second-factor-requirements")
    ResponseEntity<Map<AccountType, Boolean>> require(AuthenticatedAccount admin,
                                                      @Valid @RequestBody SecondFactorRequirement requirement) {
        staff.requireSecondFactor(admin.id(), requirement.type(), requirement.required());
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(staff.secondFactorRequirements());
    }
}
