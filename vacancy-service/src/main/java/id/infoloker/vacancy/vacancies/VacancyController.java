package id.infoloker.vacancy.vacancies;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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

    @Operation(operationId = "createVacancy", summary = "Create a vacancy draft")
    @ApiResponse(responseCode = "201", description = "The draft.")
    @ApiProblem(status = 400, codes = {"salary-range", "closing-date-past"})
    @ApiProblem(status = 403, codes = "employer-not-verified")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    VacancyView create(AuthenticatedAccount employer, @Valid @RequestBody VacancyRequest request) {
        return VacancyView.of(service.createDraft(employer.id(), request));
    }

    @Operation(operationId = "updateVacancy", summary = "Change a vacancy draft")
    @ApiResponse(responseCode = "200", description = "The draft as changed.")
    @ApiProblem(status = 400, codes = {"salary-range", "closing-date-past"})
    @ApiProblem(status = 403, codes = {"employer-not-verified", "employer-suspended"})
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "vacancy-status")
    @PutMapping("/{id}")
    VacancyView update(AuthenticatedAccount employer, @PathVariable UUID id,
                       @Valid @RequestBody VacancyRequest request) {
        return VacancyView.of(service.update(employer.id(), id, request));
    }

    @Operation(operationId = "publishVacancy", summary = "Publish a vacancy draft",
            description = "The fee screening runs first: a vacancy asking job seekers for money, or moving them off the "
                    + "platform, is held for an administrator's review instead (status HELD).")
    @ApiResponse(responseCode = "200", description = "The vacancy, PUBLISHED or HELD.")
    @ApiProblem(status = 403, codes = {"employer-not-verified", "employer-suspended"})
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "vacancy-status")
    @PostMapping("/{id}/publish")
    VacancyView publish(AuthenticatedAccount employer, @PathVariable UUID id) {
        return VacancyView.of(service.publish(employer.id(), id));
    }

    @Operation(operationId = "closeVacancy", summary = "Close a published vacancy")
    @ApiResponse(responseCode = "200", description = "The vacancy, CLOSED.")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "vacancy-status")
    @PostMapping("/{id}/close")
    VacancyView close(AuthenticatedAccount employer, @PathVariable UUID id) {
        return VacancyView.of(service.close(employer.id(), id));
    }

    /** A new closing date for a published vacancy (later than the current one). */
    @Operation(operationId = "extendVacancy", summary = "Move a published vacancy's closing date later")
    @ApiResponse(responseCode = "200", description = "The vacancy with its new closing date.")
    @ApiProblem(status = 400, codes = {"closing-date-past", "extension-not-later"})
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "vacancy-status")
    @PostMapping("/{id}/extend")
    VacancyView extend(AuthenticatedAccount employer, @PathVariable UUID id,
                       @Valid @RequestBody ExtensionRequest request) {
        return VacancyView.of(service.extend(employer.id(), id, request.validThrough()));
    }

    record ExtensionRequest(@NotNull LocalDate validThrough) {
    }
}
