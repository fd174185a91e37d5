package id.infoloker.vacancy.vacancies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administrators release or reject vacancies held by the fee screening. */
@RestController
@RequestMapping("/api/vacancies")
class VacancyReviewController {

    private final VacancyService service;

    VacancyReviewController(VacancyService service) {
        this.service = service;
    }

    @GetMapping("/review-queue")
    List<VacancyView> queue() {
        return service.reviewQueue().stream().map(VacancyView::of).toList();
    }

    @PostMapping("/{id}/review")
    VacancyView review(@PathVariable UUID id, @Valid @RequestBody ReviewRequest request) {
        return VacancyView.of(service.review(id, request.decision() == ReviewDecision.RELEASE));
    }

    enum ReviewDecision { RELEASE, REJECT }

    record ReviewRequest(@NotNull ReviewDecision decision) {
    }
}
