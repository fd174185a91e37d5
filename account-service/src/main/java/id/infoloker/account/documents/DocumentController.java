package id.infoloker.account.documents;

import id.infoloker.identity.DocumentType;
import id.infoloker.kit.security.AuthenticatedAccount;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The owner's documents under {@code /api/accounts/me/documents}; staff reads under
 * {@code /api/accounts/{accountId}/documents} (VERIFIER, ADMIN; see {@code profile.AccountAccessRules}).
 */
@RestController
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    /** Multipart with one part {@code file}; the file's name and Content-Type are ignored. */
    @PostMapping(path = "/api/accounts/me/documents/{type}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<DocumentView> upload(AuthenticatedAccount caller, @PathVariable DocumentType type,
                                        @RequestPart("file") MultipartFile file) {
        documents.checkSize(file.getSize());
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded part", e);
        }
        return ResponseEntity.status(201).body(documents.upload(caller.id(), type, content));
    }

    @GetMapping("/api/accounts/me/documents")
    List<DocumentView> mine(AuthenticatedAccount caller) {
        return documents.list(caller.id());
    }

    @GetMapping("/api/accounts/me/documents/{documentId}")
    ResponseEntity<byte[]> readMine(AuthenticatedAccount caller, @PathVariable UUID documentId) {
        return serve(documents.readOwn(caller.id(), documentId));
    }

    /** 202: the documents go to the verifiers' queue. */
    @PostMapping("/api/accounts/me/documents/submit")
    ResponseEntity<SubmissionAccepted> submit(AuthenticatedAccount caller) {
        return ResponseEntity.accepted().body(documents.submit(caller.id()));
    }

    @GetMapping("/api/accounts/{accountId}/documents")
    List<DocumentView> ofAccount(@PathVariable UUID accountId) {
        return documents.list(accountId);
    }

    @GetMapping("/api/accounts/{accountId}/documents/{documentId}")
    ResponseEntity<byte[]> readAsStaff(AuthenticatedAccount caller, @PathVariable UUID accountId,
                                       @PathVariable UUID documentId) {
        return serve(documents.readAsStaff(caller, accountId, documentId));
    }

    /**
     * As an attachment with the type detected at upload and nosniff, so a browser neither renders nor guesses it;
     * never cached, being personal data.
     */
    private static ResponseEntity<byte[]> serve(DocumentService.Content content) {
        DocumentView document = content.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.type().name().toLowerCase() + "." + document.format().extension())
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content.bytes());
    }
}
