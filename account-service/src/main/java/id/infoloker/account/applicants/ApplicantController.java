package id.infoloker.account.applicants;

import id.infoloker.account.documents.DocumentService;
import id.infoloker.account.documents.DocumentView;
import id.infoloker.kit.security.AuthenticatedAccount;
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

    @GetMapping("/api/accounts/applicants/{applicationId}")
    ResponseEntity<ApplicantView> applicant(AuthenticatedAccount employer, @PathVariable UUID applicationId) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(reads.profile(employer.id(),
                applicationId));
    }

    /** As an attachment with the type detected at upload and nosniff, never cached (as the owner's own reads). */
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
