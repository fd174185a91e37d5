package id.infoloker.vacancy.vacancies;

import id.infoloker.vacancy.reference.KnownCode;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What an employer writes. There is no contact field: job seekers always apply through the platform. Salary min
 * above max is checked by {@link VacancyInputPolicy}, which knows both values.
 */
public record VacancyRequest(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10000) String description,
        @NotBlank @Size(max = 5000) String requirements,
        @NotBlank @KnownCode(KnownCode.List.EDUCATION) String minimumEducation,
        @NotBlank @KnownCode(KnownCode.List.KECAMATAN) String kecamatanCode,
        @NotBlank @KnownCode(KnownCode.List.EMPLOYMENT_TYPE) String employmentType,
        @PositiveOrZero Long salaryMin,
        @PositiveOrZero Long salaryMax,
        @NotNull @Positive @Max(10000) Integer openings,
        @NotNull @FutureOrPresent LocalDate closingDate) {
}
