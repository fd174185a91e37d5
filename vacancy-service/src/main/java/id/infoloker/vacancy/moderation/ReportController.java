package id.infoloker.vacancy.moderation;

import id.infoloker.kit.caching.PublicReads;
import id.infoloker.vacancy.reference.CodeLabels;
import id.infoloker.vacancy.reference.LabelledCode;
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

    @GetMapping("/api/vacancies/report-reasons")
    ResponseEntity<List<LabelledCode>> reasons(HttpServletRequest request) {
        return publicReads.answer(request, labels.of("report-reason", ReportReason.class));
    }

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
