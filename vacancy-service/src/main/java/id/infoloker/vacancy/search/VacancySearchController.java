package id.infoloker.vacancy.search;

import id.infoloker.kit.caching.PublicReads;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.problem.ProblemException;
import id.infoloker.vacancy.reference.EducationLevel;
import id.infoloker.vacancy.reference.EmploymentType;
import id.infoloker.vacancy.reference.Kecamatan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public search over PUBLISHED vacancies whose closing date has not passed. */
@RestController
@RequestMapping("/api/vacancies")
class VacancySearchController {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 50;

    private final VacancySearch search;
    private final Clock clock;
    private final PublicReads publicReads;

    VacancySearchController(VacancySearch search, Clock clock, PublicReads publicReads) {
        this.search = search;
        this.clock = clock;
        this.publicReads = publicReads;
    }

    /**
     * @param education the searcher's own level: vacancies asking for at most that level are listed
     * @param minSalary monthly rupiah the searcher hopes for at least
     */
    @Operation(operationId = "searchVacancies", summary = "Search open vacancies",
            description = "Published vacancies whose closing date has not passed, newest first or by relevance to `q` "
                    + "(Indonesian full-text). Cursor paging: pass the answer's `nextCursor` as `cursor` for the next "
                    + "page; `nextCursor` is null on the last page. Anonymous answers are cacheable (`ETag`, "
                    + "`Cache-Control: public, s-maxage=30`).",
            parameters = {
                @Parameter(name = "q", description = "Words to look for, in Bahasa Indonesia (stemmed).",
                        example = "operator produksi"),
                @Parameter(name = "kecamatan", description = "Kecamatan code (6 digits) of the workplace, e.g. "
                        + "`321501`."),
                @Parameter(name = "education", description = "The searcher's own level (SD, SMP, SMA, SMK, D3, S1, "
                        + "...): vacancies asking for at most that level."),
                @Parameter(name = "employmentType", description = "PKWT, PKWTT, MAGANG or HARIAN."),
                @Parameter(name = "minSalary", description = "Monthly rupiah the searcher hopes for at least."),
                @Parameter(name = "order", description = "`newest` or `relevance` (relevance needs `q`)."),
                @Parameter(name = "cursor", description = "Opaque; the `nextCursor` of the previous page. Valid for "
                        + "the same query and order only."),
                @Parameter(name = "size", description = "Items per page, 1 to 50.")})
    @ApiResponse(responseCode = "200", description = "One page of vacancies and the cursor of the next.")
    @ApiResponse(responseCode = "304", description = "Not modified (the `If-None-Match` ETag still holds).")
    @ApiProblem(status = 400, codes = {"unknown-kecamatan", "unknown-education", "unknown-employment-type",
            "unknown-order", "invalid-cursor"})
    @GetMapping
    ResponseEntity<VacancyPage> search(HttpServletRequest request,
                                       @RequestParam(required = false) String q,
                       @RequestParam(required = false) String kecamatan,
                       @RequestParam(required = false) String education,
                       @RequestParam(required = false) String employmentType,
                       @RequestParam(required = false) Long minSalary,
                       @RequestParam(defaultValue = "newest") String order,
                       @RequestParam(required = false) String cursor,
                       @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        if (kecamatan != null && !Kecamatan.isKnown(kecamatan)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-kecamatan").onField("kecamatan");
        }
        Integer educationRank = null;
        if (education != null) {
            educationRank = EducationLevel.of(education).map(EducationLevel::rank).orElseThrow(() ->
                    new ProblemException(HttpStatus.BAD_REQUEST, "unknown-education").onField("education"));
        }
        if (employmentType != null && !EmploymentType.isKnown(employmentType)) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-employment-type").onField("employmentType");
        }
        SearchOrder requested = switch (order.toLowerCase(Locale.ROOT)) {
            case "newest" -> SearchOrder.NEWEST;
            case "relevance" -> SearchOrder.RELEVANCE;
            default -> throw new ProblemException(HttpStatus.BAD_REQUEST, "unknown-order").onField("order");
        };
        String tsQuery = SearchQuery.toTsQuery(q);
        SearchOrder effective = tsQuery == null ? SearchOrder.NEWEST : requested;
        SearchCursor after = cursor == null || cursor.isBlank() ? null : SearchCursor.decode(cursor, effective);
        int capped = Math.max(1, Math.min(size, MAX_PAGE_SIZE));

        SearchCriteria criteria = new SearchCriteria(tsQuery, kecamatan, educationRank, employmentType, minSalary,
                effective, after, capped);
        List<VacancySearch.Hit> hits = search.search(criteria, LocalDate.now(clock.withZone(
                id.infoloker.vacancy.vacancies.VacancyInputPolicy.KARAWANG)));
        boolean more = hits.size() > capped;
        List<VacancySearch.Hit> page = more ? hits.subList(0, capped) : hits;
        String next = null;
        if (more) {
            VacancySearch.Hit last = page.get(page.size() - 1);
            next = new SearchCursor(effective, last.summary().publishedAt(), last.rank(), last.summary().id())
                    .encode();
        }
        return publicReads.answer(request,
                new VacancyPage(page.stream().map(VacancySearch.Hit::summary).toList(), next, effective.name()));
    }

    /** {@code nextCursor} is null on the last page. */
    record VacancyPage(List<VacancySummary> items, String nextCursor, String order) {
    }
}
