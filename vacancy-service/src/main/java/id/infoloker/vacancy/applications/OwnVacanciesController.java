package id.infoloker.vacancy.applications;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.vacancy.vacancies.Vacancy;
import id.infoloker.vacancy.vacancies.VacancyService;
import id.infoloker.vacancy.vacancies.VacancyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The employer's own vacancies, every status, each with its application counts (one grouped query for all). */
@RestController
class OwnVacanciesController {

    private final VacancyService vacancies;
    private final ApplicationRepository applications;

    OwnVacanciesController(VacancyService vacancies, ApplicationRepository applications) {
        this.vacancies = vacancies;
        this.applications = applications;
    }

    @Operation(operationId = "listMyVacancies", summary = "List my vacancies in every status (employer)")
    @ApiResponse(responseCode = "200", description = "My vacancies with their application counts.")
    @GetMapping("/api/vacancies/own")
    List<OwnVacancyView> own(AuthenticatedAccount employer) {
        List<Vacancy> own = vacancies.ofEmployer(employer.id());
        Map<UUID, List<ApplicationRepository.StatusCount>> counts = applications
                .countsOf(own.stream().map(Vacancy::id).toList()).stream()
                .collect(Collectors.groupingBy(ApplicationRepository.StatusCount::vacancyId));
        return own.stream().map(vacancy -> new OwnVacancyView(VacancyView.of(vacancy),
                ApplicationCounts.of(counts.getOrDefault(vacancy.id(), List.of())))).toList();
    }

    /** The vacancy's fields as everywhere else, plus {@code applications}. */
    record OwnVacancyView(@JsonUnwrapped VacancyView vacancy, ApplicationCounts applications) {
    }

    /** {@code open}: not yet decided, withdrawn or closed; {@code byStatus}: every status, zeros included. */
    record ApplicationCounts(long total, long open, Map<String, Long> byStatus) {

        static ApplicationCounts of(List<ApplicationRepository.StatusCount> counts) {
            Map<String, Long> byStatus = new TreeMap<>();
            for (ApplicationStatus status : ApplicationStatus.values()) {
                byStatus.put(status.name(), 0L);
            }
            counts.forEach(count -> byStatus.put(count.status(), count.count()));
            long open = counts.stream().filter(count -> ApplicationStatus.valueOf(count.status()).isOpen())
                    .mapToLong(ApplicationRepository.StatusCount::count).sum();
            return new ApplicationCounts(counts.stream().mapToLong(ApplicationRepository.StatusCount::count).sum(),
                    open, byStatus);
        }
    }
}
