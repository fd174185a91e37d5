package id.infoloker.account.registration;

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
    @PostMapping("/api/accounts/employers")
    ResponseEntity<RegistrationAccepted> register(@Valid @RequestBody EmployerRegistrationRequest request) {
        return ResponseEntity.accepted().body(registrations.register(request));
    }
}
