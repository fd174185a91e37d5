package id.infoloker.vacancy.moderation;

import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.vacancy.vacancies.VacancyView;
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

    @GetMapping("/reports")
    List<ModerationService.ReportedVacancy> queue() {
        return moderation.queue();
    }

    @PostMapping("/vacancies/{id}/take-down")
    VacancyView takeDown(AuthenticatedAccount admin, @PathVariable UUID id,
                         @Valid @RequestBody ModerationRequest request) {
        return VacancyView.of(moderation.takeDown(admin.id(), id, request));
    }

    @PostMapping("/vacancies/{id}/notes")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void note(AuthenticatedAccount admin, @PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        moderation.note(admin.id(), id, request);
    }

    @PostMapping("/vacancies/{id}/dismiss-reports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void dismiss(AuthenticatedAccount admin, @PathVariable UUID id, @Valid @RequestBody NoteRequest request) {
        moderation.dismissReports(admin.id(), id, request);
    }

    @GetMapping("/employers/{id}")
    ModerationService.EmployerHistory employer(@PathVariable UUID id) {
        return moderation.history(id);
    }

    @PostMapping("/employers/{id}/suspend")
    ModerationService.EmployerHistory suspend(AuthenticatedAccount admin, @PathVariable UUID id,
                                              @Valid @RequestBody ModerationRequest request) {
        return moderation.suspend(admin.id(), id, request);
    }

    @PostMapping("/employers/{id}/lift-suspension")
    ModerationService.EmployerHistory lift(AuthenticatedAccount admin, @PathVariable UUID id,
                                           @Valid @RequestBody NoteRequest request) {
        return moderation.lift(admin.id(), id, request);
    }
}
