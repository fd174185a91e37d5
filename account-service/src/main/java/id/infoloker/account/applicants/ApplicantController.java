package id.infoloker.account.applicants;

import id.infoloker.account.documents.DocumentService;
import id.infoloker.account.documents.DocumentView;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** EMPLOYER only (profile.AccountAccessRules); which employer and which application the service decides. */
@RestController
class ApplicantController {

    private final ApplicantReads reads;

    ApplicantController(ApplicantReads reads) {
        this.reads = reads;
    }

    @Operation(operationId = "readApplicant", summary = "Read the applicant of an application to my vacancy (employer)",
            description = "The applicant's profile as needed for hiring (no NIK), never cached.")
    @ApiResponse(responseCode = "200", description = "The applicant's profile.")
    @ApiProblem(status = 404, codes = "applicant-not-found")
    @GetMapping("/api/accounts/applicants/{applicationId}")
    ResponseEntity<ApplicantView> applicant(AuthenticatedAccount employer, @PathVariable UUID applicationId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reads.profile(employer.id(),
                applicationId));
    }

    /** As an attachment with the type detected at upload and nosniff, never cached (as the owner's own reads). */
    @Operation(operationId = "downloadApplicantCv",
            summary = "Download the CV of an applicant to my vacancy (employer)")
    @ApiResponse(responseCode = "200", description = "The CV, as an attachment, never cached.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiProblem(status = 404, codes = {"applicant-not-found", "document-not-found"})
    @ApiProblem(status = 503, codes = "document-storage-unavailable")
    @GetMapping("/api/accounts/applicants/{applicationId}/cv")
    ResponseEntity<byte[]> cv(AuthenticatedAccount employer, @PathVariable UUID applicationId) {
        DocumentService.Content content = reads.cv(employer.id(), applicationId);
        DocumentView document = content.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("cv." + document.format().extension()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content.bytes());
    }
}
