package id.infoloker.vacancy.vacancies;

import id.infoloker.vacancy.screening.ScreeningEvidence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A vacancy as stored. Salaries are whole rupiah; matched phrases and the screening evidence explain NEEDS_REVIEW. */
public record Vacancy(
        UUID id,
        UUID employerId,
        String companyName,
        String title,
        String description,
        String requirements,
        String minimumEducation,
        String kecamatanCode,
        String employmentType,
        Long salaryMin,
        Long salaryMax,
        int openings,
        LocalDate closingDate,
        VacancyStatus status,
        List<String> screeningMatches,
        List<ScreeningEvidence> screeningEvidence,
        String closeReason,
        Instant createdAt,
        Instant publishedAt,
        Instant closedAt) {

    /**
     * Shown to the public: published, or closed after having been published in the ordinary way. A vacancy taken down
     * by staff or rejected in review is not shown again (its text is the reason it was stopped).
     */
    public boolean isPublic() {
        return status == VacancyStatus.PUBLISHED || status == VacancyStatus.CLOSED && publishedAt != null
                && !"TAKEN_DOWN".equals(closeReason) && !"REJECTED".equals(closeReason);
    }
}
