package id.infoloker.account.registration;

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
    @PostMapping("/api/accounts/job-seekers")
    ResponseEntity<RegistrationAccepted> register(@Valid @RequestBody JobSeekerRegistrationRequest request) {
        return ResponseEntity.accepted().body(registrations.register(request));
    }
}
