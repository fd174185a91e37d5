package id.infoloker.vacancy.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record VacancySummary(UUID id, String title, String companyName, String kecamatanCode, String kecamatanName,
                      String employmentType, String minimumEducation, Long salaryMin, Long salaryMax,
                      LocalDate closingDate, Instant publishedAt) {
}
