package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A vacancy went live. Salaries are whole rupiah, both optional. */
public record VacancyPublished(
        UUID vacancyId,
        UUID employerId,
        String companyName,
        String title,
        String kecamatanCode,
        String minimumEducation,
        String employmentType,
        Long salaryMin,
        Long salaryMax,
        LocalDate closingDate,
        Instant publishedAt) {
}
