package id.infoloker.vacancy.vacancies;

import id.infoloker.kit.security.AuthenticatedAccount;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** An employer's own vacancies. */
@RestController
@RequestMapping("/api/vacancies")
class VacancyController {

    private final VacancyService service;

    VacancyController(VacancyService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VacancyView create(AuthenticatedAccount employer, @Valid @RequestBody VacancyRequest request) {
        return VacancyView.of(service.createDraft(employer.id(), request));
    }

    @PutMapping("/{id}")
    VacancyView update(AuthenticatedAccount employer, @PathVariable UUID id,
                       @Valid @RequestBody VacancyRequest request) {
        return VacancyView.of(service.update(employer.id(), id, request));
    }

    @PostMapping("/{id}/publish")
    VacancyView publish(AuthenticatedAccount employer, @PathVariable UUID id) {
        return VacancyView.of(service.publish(employer.id(), id));
    }

    @PostMapping("/{id}/close")
    VacancyView close(AuthenticatedAccount employer, @PathVariable UUID id) {
        return VacancyView.of(service.close(employer.id(), id));
    }

    /** A new closing date for a published vacancy (later than the current one). */
    @PostMapping("/{id}/extend")
    VacancyView extend(AuthenticatedAccount employer, @PathVariable UUID id,
                       @Valid @RequestBody ExtensionRequest request) {
        return VacancyView.of(service.extend(employer.id(), id, request.validThrough()));
    }

    record ExtensionRequest(@NotNull LocalDate validThrough) {
    }
}
