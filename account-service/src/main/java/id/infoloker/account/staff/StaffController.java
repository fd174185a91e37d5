package id.infoloker.account.staff;

import id.infoloker.kit.security.AuthenticatedAccount;
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

    @PostMapping("/api/accounts/staff")
    ResponseEntity<StaffCreated> create(AuthenticatedAccount admin, @Valid @RequestBody NewStaffRequest request) {
        return ResponseEntity.status(201).body(staff.create(admin.id(), request));
    }
}
