package id.infoloker.vacancy.moderation;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.vacancy.vacancies.VacancyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN only (VacancyAuthorizationRules): the report queue, take-downs, suspensions, notes. */
@RestController
@RequestMapping("/api/moderation")
class ModerationController {

    private final ModerationService moderation;

    ModerationController(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Operation(operationId = "listReportedVacancies", summary = "The queue of reported vacancies (ADMIN)")
    @ApiResponse(responseCode = "200",
            description = "Each reported vacancy with its open reports, screening and employer.")
    @GetMapping("/reports")
    List<ModerationService.ReportedVacancy> queue() {
        return moderation.queue();
    }

    @Operation(operationId = "takeDownVacancy", summary = "Take a vacancy down with a reason (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The vacancy, CLOSED (taken down); its reports resolved.")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "vacancy-status")
    @PostMapping("/vacancies/{id}/take-down")
    VacancyView takeDown(AuthenticatedAccount admin, @PathVariable UUID id,
                         @Valid @RequestBody ModerationRequest request) {
        return VacancyView.of(moderation.takeDown(admin.id(), id, request));
    }

    @Operation(operationId = "noteOnVacancy", summary = "Add a moderation note to a vacancy (ADMIN)")
    @ApiResponse(responseCode = "204", description = "Noted in the moderation audit.")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @PostMapping("/vacancies/{id}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void note(AuthenticatedAccount admin, @PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        moderation.note(admin.id(), id, request);
    }

    @Operation(operationId = "dismissVacancyReports", summary = "Dismiss a vacancy's open reports as unfounded (ADMIN)")
    @ApiResponse(responseCode = "204", description = "The reports are resolved; the reason is in the audit.")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "no-open-reports")
    @PostMapping("/vacancies/{id}/dismiss-reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(AuthenticatedAccount admin, @PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        moderation.dismissReports(admin.id(), id, request);
    }

    @Operation(operationId = "employerModerationHistory",
            summary = "An employer's standing and moderation history (ADMIN)")
    @ApiResponse(responseCode = "200", description = "Suspension, vacancies by status, take-downs, reports, decisions.")
    @GetMapping("/employers/{id}")
    ModerationService.EmployerHistory employer(@PathVariable UUID id) {
        return moderation.history(id);
    }

    @Operation(operationId = "suspendEmployer", summary = "Suspend an employer (ADMIN)",
            description = "No new vacancies; the published ones are hidden until the suspension is lifted.")
    @ApiResponse(responseCode = "200", description = "The employer's history with the suspension.")
    @ApiProblem(status = 404, codes = "employer-not-found")
    @ApiProblem(status = 409, codes = "employer-already-suspended")
    @PostMapping("/employers/{id}/suspend")
    ModerationService.EmployerHistory suspend(AuthenticatedAccount admin, @PathVariable UUID id,
                                              @Valid @RequestBody ModerationRequest request) {
        return moderation.suspend(admin.id(), id, request);
    }

    @Operation(operationId = "liftEmployerSuspension", summary = "Lift an employer's suspension (ADMIN)")
    @ApiResponse(responseCode = "200",
            description = "The employer's history; the hidden vacancies are published again.")
    @ApiProblem(status = 409, codes = "employer-not-suspended")
    @PostMapping("/employers/{id}/lift-suspension")
    ModerationService.EmployerHistory lift(AuthenticatedAccount admin, @PathVariable UUID id,
                                           @Valid @RequestBody NoteRequest request) {
        return moderation.lift(admin.id(), id, request);
    }
}
