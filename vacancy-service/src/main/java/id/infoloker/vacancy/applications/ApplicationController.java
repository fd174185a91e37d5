package id.infoloker.vacancy.applications;

import id.infoloker.kit.caching.PublicReads;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import id.infoloker.vacancy.reference.CodeLabels;
import id.infoloker.vacancy.reference.LabelledCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ApplicationController {

    static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private final ApplicationService service;
    private final CodeLabels labels;
    private final PublicReads publicReads;

    ApplicationController(ApplicationService service, CodeLabels labels, PublicReads publicReads) {
        this.service = service;
        this.labels = labels;
        this.publicReads = publicReads;
    }

    @Operation(operationId = "applyToVacancy", summary = "Apply to a vacancy",
            description = "Only verified job seekers; the employer sees the application at once.")
    @ApiResponse(responseCode = "201", description = "Applied; status DIKIRIM.")
    @ApiProblem(status = 403, codes = "job-seeker-not-verified")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @ApiProblem(status = 409, codes = {"vacancy-closed", "already-applied"})
    @ApiProblem(status = 503, codes = "personal-data-keys-unavailable")
    @PostMapping("/api/vacancies/{vacancyId}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Submitted apply(AuthenticatedAccount jobSeeker, @PathVariable UUID vacancyId) {
        return new Submitted(service.apply(jobSeeker.id(), vacancyId), ApplicationStatus.DIKIRIM.name());
    }

    @Operation(operationId = "listApplicants", summary = "List the applicants of my vacancy (employer)")
    @ApiResponse(responseCode = "200", description = "The applicants and their application status.")
    @ApiProblem(status = 404, codes = "vacancy-not-found")
    @GetMapping("/api/vacancies/{vacancyId}/applications")
    List<ApplicantView> applicants(AuthenticatedAccount employer, @PathVariable UUID vacancyId) {
        return service.applicants(employer.id(), vacancyId);
    }

    @Operation(operationId = "listMyApplications", summary = "List my applications (job seeker)")
    @ApiResponse(responseCode = "200", description = "My applications, newest first.")
    @GetMapping("/api/applications/mine")
    List<MyApplicationView> mine(AuthenticatedAccount jobSeeker) {
        return service.mine(jobSeeker.id());
    }

    @Operation(operationId = "listApplicationRejectionReasons",
            summary = "Reasons an employer can give for a rejection",
            description = "Codes with labels in the caller's language, for "
                + "`POST /api/applications/{applicationId}/reject`.")
    @ApiResponse(responseCode = "200", description = "The reasons: code and label.")
    @ApiResponse(responseCode = "304", description = "Not modified (the `If-None-Match` ETag still holds).")
    @GetMapping("/api/applications/rejection-reasons")
    ResponseEntity<List<LabelledCode>> rejectionReasons(HttpServletRequest request) {
        return publicReads.answer(request, labels.of("rejection-reason", RejectionReason.class));
    }

    @Operation(operationId = "readApplication",
            summary = "Read one application (its job seeker or the vacancy's employer)")
    @ApiResponse(responseCode = "200",
            description = "The application, its history, interview and the moves allowed next.")
    @ApiProblem(status = 404, codes = "application-not-found")
    @GetMapping("/api/applications/{applicationId}")
    ApplicationDetailView detail(AuthenticatedAccount account, @PathVariable UUID applicationId) {
        return service.detail(account.id(), applicationId);
    }

    @Operation(operationId = "downloadInterviewCalendar",
            summary = "Download the interview as a calendar entry (iCalendar)")
    @ApiResponse(responseCode = "200", description = "The interview as an `.ics` attachment.",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string")))
    @ApiProblem(status = 404, codes = {"application-not-found", "interview-not-found"})
    @GetMapping("/api/applications/{applicationId}/interview.ics")
    ResponseEntity<String> calendar(AuthenticatedAccount account, @PathVariable UUID applicationId) {
        String calendar = service.calendar(account.id(), applicationId);
        return ResponseEntity.ok().contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("wawancara-" + applicationId + ".ics").build().toString())
                .body(calendar);
    }

    @Operation(operationId = "moveApplication", summary = "Move an application to its next status (employer)")
    @ApiResponse(responseCode = "200", description = "The application's new status.")
    @ApiProblem(status = 404, codes = "application-not-found")
    @ApiProblem(status = 409, codes = {"illegal-transition", "interview-details-required",
            "rejection-reason-required"})
    @ApiProblem(status = 503, codes = "personal-data-keys-unavailable")
    @PostMapping("/api/applications/{applicationId}/status")
    Moved move(AuthenticatedAccount employer, @PathVariable UUID applicationId,
               @Valid @RequestBody StatusChange change) {
        return new Moved(applicationId, service.move(employer.id(), applicationId, change.status()).name());
    }

    @Operation(operationId = "inviteToInterview", summary = "Invite an applicant to an interview (employer)")
    @ApiResponse(responseCode = "200", description = "The application, now WAWANCARA, with its interview.")
    @ApiProblem(status = 400, codes = {"interview-in-past", "interview-too-far", "interview-place-or-link",
            "interview-link-https", "interview-asks-for-money"})
    @ApiProblem(status = 404, codes = "application-not-found")
    @ApiProblem(status = 409, codes = "illegal-transition")
    @ApiProblem(status = 503, codes = "personal-data-keys-unavailable")
    @PostMapping("/api/applications/{applicationId}/interview")
    ApplicationDetailView invite(AuthenticatedAccount employer, @PathVariable UUID applicationId,
                                 @Valid @RequestBody InterviewRequest request) {
        return service.invite(employer.id(), applicationId, request);
    }

    @Operation(operationId = "rejectApplication", summary = "Reject an application with a reason (employer)")
    @ApiResponse(responseCode = "200", description = "The application, now DITOLAK.")
    @ApiProblem(status = 400, codes = "rejection-note-required")
    @ApiProblem(status = 404, codes = "application-not-found")
    @ApiProblem(status = 409, codes = "illegal-transition")
    @ApiProblem(status = 503, codes = "personal-data-keys-unavailable")
    @PostMapping("/api/applications/{applicationId}/reject")
    ApplicationDetailView reject(AuthenticatedAccount employer, @PathVariable UUID applicationId,
                                 @Valid @RequestBody RejectionRequest request) {
        return service.reject(employer.id(), applicationId, request);
    }

    @Operation(operationId = "withdrawApplication", summary = "Withdraw my application (job seeker)")
    @ApiResponse(responseCode = "200", description = "The application, now DITARIK.")
    @ApiProblem(status = 404, codes = "application-not-found")
    @ApiProblem(status = 409, codes = "illegal-transition")
    @ApiProblem(status = 503, codes = "personal-data-keys-unavailable")
    @PostMapping("/api/applications/{applicationId}/withdraw")
    ApplicationDetailView withdraw(AuthenticatedAccount jobSeeker, @PathVariable UUID applicationId) {
        return service.withdraw(jobSeeker.id(), applicationId);
    }

    record StatusChange(@NotNull ApplicationStatus status) {
    }

    record Submitted(UUID applicationId, String status) {
    }

    record Moved(UUID applicationId, String status) {
    }
}
