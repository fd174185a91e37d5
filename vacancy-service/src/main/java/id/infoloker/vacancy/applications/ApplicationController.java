package id.infoloker.vacancy.applications;

import id.infoloker.kit.security.AuthenticatedAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApplicationController {

    private final ApplicationService service;

    ApplicationController(ApplicationService service) {
        this.service = service;
    }

    @PostMapping("/api/vacancies/{vacancyId}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Submitted apply(AuthenticatedAccount jobSeeker, @PathVariable UUID vacancyId) {
        return new Submitted(service.apply(jobSeeker.id(), vacancyId), ApplicationStatus.DIKIRIM.name());
    }

    @GetMapping("/api/vacancies/{vacancyId}/applications")
    List<ApplicantView> applicants(AuthenticatedAccount employer, @PathVariable UUID vacancyId) {
        return service.applicants(employer.id(), vacancyId);
    }

    @GetMapping("/api/applications/mine")
    List<MyApplicationView> mine(AuthenticatedAccount jobSeeker) {
        return service.mine(jobSeeker.id());
    }

    @PostMapping("/api/applications/{applicationId}/status")
    Moved move(AuthenticatedAccount employer, @PathVariable UUID applicationId,
               @Valid @RequestBody StatusChange change) {
        return new Moved(applicationId, service.move(employer.id(), applicationId, change.status()).name());
    }

    record StatusChange(@NotNull ApplicationStatus status) {
    }

    record Submitted(UUID applicationId, String status) {
    }

    record Moved(UUID applicationId, String status) {
    }
}
