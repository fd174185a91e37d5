package id.infoloker.web.vacancies;

import id.infoloker.web.backend.Backends;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriBuilder;

/** vacancy-service's public reads: search ({@code GET /api/vacancies}) and one vacancy ({@code /api/vacancies/{id}}). */
@Component
public class VacancyApi {

    private final Backends backends;

    VacancyApi(Backends backends) {
        this.backends = backends;
    }

    public VacancyPage search(SearchForm form, String cursor, int size) {
        return backends.vacancy().get()
                .uri(builder -> {
                    UriBuilder uri = builder.path("/api/vacancies").queryParam("size", size);
                    Map<String, String> values = new HashMap<>();
                    optional(uri, values, "q", form.q());
                    optional(uri, values, "kecamatan", form.kecamatan());
                    optional(uri, values, "education", form.education());
                    optional(uri, values, "employmentType", form.employmentType());
                    optional(uri, values, "minSalary", form.minSalary());
                    optional(uri, values, "cursor", cursor);
                    return uri.build(values);
                })
                .retrieve()
                .body(VacancyPage.class);
    }

    public PublicVacancy find(UUID id) {
        return backends.vacancy().get().uri("/api/vacancies/{id}", id).retrieve().body(PublicVacancy.class);
    }

    private static void optional(UriBuilder uri, Map<String, String> values, String name, String value) {
        if (value != null && !value.isBlank()) {
            // A template variable, so that any character the person typed is encoded, never interpreted.
            uri.queryParam(name, "{" + name + "}");
            values.put(name, value.strip());
        }
    }

    public record VacancyPage(List<VacancySummary> items, String nextCursor, String order) {
    }

    public record VacancySummary(UUID id, String title, String companyName, String kecamatanCode,
                                 String kecamatanName, String employmentType, String minimumEducation, Long salaryMin,
                                 Long salaryMax, LocalDate closingDate, Instant publishedAt) {
    }

    public record PublicVacancy(UUID id, String companyName, String title, String description, String requirements,
                                String minimumEducation, String kecamatanCode, String kecamatanName,
                                String employmentType, Long salaryMin, Long salaryMax, int openings,
                                LocalDate closingDate, String howToApply, String status, Instant publishedAt,
                                Counts transparency) {

        public boolean open() {
            return "PUBLISHED".equals(status);
        }
    }

    public record Counts(long applicants, long inProcess, long hired, List<KecamatanCount> hiresByKecamatan) {
    }

    public record KecamatanCount(String kecamatanCode, String kecamatanName, long hired) {
    }
}
