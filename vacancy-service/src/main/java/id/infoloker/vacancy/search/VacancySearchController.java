package id.infoloker.vacancy.search;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public search over PUBLISHED vacancies. Full-text search and filters come with the vacancies issue. */
@RestController
@RequestMapping("/api/vacancies")
class VacancySearchController {

    static final int MAX_PAGE_SIZE = 50;

    private final VacancySearch search;

    VacancySearchController(VacancySearch search) {
        this.search = search;
    }

    @GetMapping
    VacancyPage search(@RequestParam(defaultValue = "20") int size) {
        int capped = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        return new VacancyPage(search.newestPublished(capped));
    }

    record VacancyPage(List<VacancySummary> items) {
    }
}
