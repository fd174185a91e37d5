package id.infoloker.vacancy.moderation;

import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.vacancy.vacancies.VacancyService;
import id.infoloker.vacancy.vacancies.VacancyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators release or reject vacancies held by the fee screening; each decision is audited with its note. */
@RestController
@RequestMapping("/api/vacancies")
class VacancyReviewController {

    private final VacancyService vacancies;
    private final ModerationService moderation;

    VacancyReviewController(VacancyService vacancies, ModerationService moderation) {
        this.vacancies = vacancies;
        this.moderation = moderation;
    }

    @Operation(operationId = "listVacanciesHeldForReview", summary = "Vacancies held by the fee screening (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The held vacancies, oldest first.")
    @GetMapping("/review-queue")
    List<VacancyView> queue() {
        return vacancies.reviewQueue().stream().map(VacancyView::of).toList();
    }

    @Operation(operationId = "reviewHeldVacancy", summary = "Release or reject a held vacancy (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The vacancy, PUBLISHED or REJECTED.")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "vacancy-status")
    @PostMapping("/{id}/review")
    VacancyView review(AuthenticatedAccount admin, @PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
        return VacancyView.of(moderation.review(admin.id(), id, request.decision() == ReviewDecision.RELEASE,
                request.note() == null || request.note().isBlank() ? null : request.note().strip()));
    }

    enum ReviewDecision { RELEASE, REJECT }

    record ReviewRequest(@NotNull ReviewDecision decision, @Size(max = 2000) String note) {
    }
}
