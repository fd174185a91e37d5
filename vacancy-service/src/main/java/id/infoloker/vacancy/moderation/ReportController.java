package id.infoloker.vacancy.moderation;

import id.infoloker.kit.caching.PublicReads;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.vacancy.reference.CodeLabels;
import id.infoloker.vacancy.reference.LabelledCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reports from anyone, signed in or not. */
@RestController
class ReportController {

    private final ReportService reports;
    private final ReporterKeys reporters;
    private final CodeLabels labels;
    private final PublicReads publicReads;

    ReportController(ReportService reports, ReporterKeys reporters, CodeLabels labels, PublicReads publicReads) {
        this.reports = reports;
        this.reporters = reporters;
        this.labels = labels;
        this.publicReads = publicReads;
    }

    @Operation(operationId = "listReportReasons", summary = "Reasons anyone can report a vacancy for")
    @ApiResponse(responseCode = "200", description = "The reasons: code and label in the caller's language.")
    @ApiResponse(responseCode = "304", description = "Not modified (the `If-None-Match` ETag still holds).")
    @GetMapping("/api/vacancies/report-reasons")
    ResponseEntity<List<LabelledCode>> reasons(HttpServletRequest request) {
        return publicReads.answer(request, labels.of("report-reason", ReportReason.class));
    }

    @Operation(operationId = "reportVacancy", summary = "Report a vacancy (fraud, fee, discrimination, ...)",
            description = "Anyone, signed in or not; limited per reporter.")
    @ApiResponse(responseCode = "201", description = "Reported; staff review it.")
    @ApiProblem(status = 400, codes = "report-text-required")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = "already-reported")
    @ApiProblem(status = 429, codes = "report-rate-limited")
    @PostMapping("/api/vacancies/{id}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    Reported report(@PathVariable UUID id, @Valid @RequestBody ReportRequest request, Principal principal,
                    HttpServletRequest http) {
        UUID reporter = principal == null ? null : UUID.fromString(principal.getName());
        return new Reported(reports.report(id, request, reporter, reporters.of(principal, http)));
    }

    record Reported(UUID reportId) {
    }
}
