package id.infoloker.vacancy.search;

import id.infoloker.kit.caching.PublicReads;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.vacancy.applications.Transparency;
import id.infoloker.vacancy.reference.Kecamatan;
import id.infoloker.vacancy.vacancies.Vacancy;
import id.infoloker.vacancy.vacancies.VacancyRepository;
import id.infoloker.vacancy.vacancies.VacancyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A vacancy as the public sees it, published or closed, with its hiring counts. Drafts and held ones are 404. */
@RestController
class PublicVacancyController {

    private final VacancyRepository vacancies;
    private final Transparency transparency;
    private final PublicReads publicReads;

    PublicVacancyController(VacancyRepository vacancies, Transparency transparency, PublicReads publicReads) {
        this.vacancies = vacancies;
        this.transparency = transparency;
        this.publicReads = publicReads;
    }

    @Operation(operationId = "readVacancy", summary = "Read a published or closed vacancy",
            description = "With its hiring counts (transparency). Anonymous answers are cacheable (`ETag`).")
    @ApiResponse(responseCode = "200", description = "The vacancy.")
    @ApiResponse(responseCode = "304", description = "Not modified (the `If-None-Match` ETag still holds).")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @GetMapping("/api/vacancies/{id}")
    ResponseEntity<PublicVacancy> detail(HttpServletRequest request, @PathVariable UUID id) {
        Vacancy v = vacancies.find(id)
                .filter(Vacancy::isPublic)
                .orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "vacancy-not-found"));
        return publicReads.answer(request, new PublicVacancy(v.id(), v.companyName(), v.title(), v.description(),
                v.requirements(), v.minimumEducation(), v.kecamatanCode(), Kecamatan.nameOf(v.kecamatanCode()), v.employmentType(),
                v.salaryMin(), v.salaryMax(), v.openings(), v.closingDate(), VacancyView.HOW_TO_APPLY,
                v.status().name(), v.publishedAt(), transparency.of(id)));
    }

    record PublicVacancy(UUID id, String companyName, String title, String description, String requirements,
                         String minimumEducation, String kecamatanCode, String kecamatanName, String employmentType,
                         Long salaryMin, Long salaryMax, int openings, LocalDate closingDate, String howToApply,
                         String status, Instant publishedAt, Transparency.Counts transparency) {
    }
}
