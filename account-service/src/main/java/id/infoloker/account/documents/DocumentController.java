package id.infoloker.account.documents;

import id.infoloker.identity.DocumentType;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
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
    @Operation(operationId = "uploadDocument", summary = "Upload one of my documents (KTP, ijazah, CV, pas foto, ...)",
            description = "JPEG, PNG or PDF, told by the file's content. Replaces an earlier file of the same type "
                    + "until the documents are submitted.")
    @ApiResponse(responseCode = "201", description = "Stored.")
    @ApiProblem(status = 400, codes = {"document-empty", "document-type-not-allowed"})
    @ApiProblem(status = 409, codes = "documents-locked")
    @ApiProblem(status = 413, codes = "document-too-large")
    @ApiProblem(status = 415, codes = "unsupported-document-format")
    @ApiProblem(status = 503, codes = "document-storage-unavailable")
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

    @Operation(operationId = "listMyDocuments", summary = "List my uploaded documents")
    @ApiResponse(responseCode = "200", description = "My documents, without their content.")
    @GetMapping("/api/accounts/me/documents")
    List<DocumentView> mine(AuthenticatedAccount caller) {
        return documents.list(caller.id());
    }

    @Operation(operationId = "readMyDocument", summary = "Download one of my documents")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment, never cached.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiProblem(status = 404, codes = "document-not-found")
    @ApiProblem(status = 503, codes = "document-storage-unavailable")
    @GetMapping("/api/accounts/me/documents/{documentId}")
    ResponseEntity<byte[]> readMine(AuthenticatedAccount caller, @PathVariable UUID documentId) {
        return serve(documents.readOwn(caller.id(), documentId));
    }

    /** 202: the documents go to the verifiers' queue. */
    @Operation(operationId = "submitDocuments", summary = "Send my documents for verification",
            description = "Puts the account in the verifiers' queue; follow it with `GET /api/verification/me`.")
    @ApiResponse(responseCode = "202", description = "Submitted; verification follows.")
    @ApiProblem(status = 404, codes = "account-not-found")
    @ApiProblem(status = 409, codes = {"documents-missing", "documents-locked"})
    @PostMapping("/api/accounts/me/documents/submit")
    ResponseEntity<SubmissionAccepted> submit(AuthenticatedAccount caller) {
        return ResponseEntity.accepted().body(documents.submit(caller.id()));
    }

    @Operation(operationId = "listAccountDocuments", summary = "List an account's documents (staff)")
    @ApiResponse(responseCode = "200", description = "The account's documents, without their content.")
    @GetMapping("/api/accounts/{accountId}/documents")
    List<DocumentView> ofAccount(@PathVariable UUID accountId) {
        return documents.list(accountId);
    }

    @Operation(operationId = "readAccountDocument", summary = "Download an account's document (staff, audited)")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment, never cached.", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary"))})
    @ApiProblem(status = 404, codes = {"account-not-found", "document-not-found"})
    @ApiProblem(status = 503, codes = "document-storage-unavailable")
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
