package id.infoloker.web.documents;

import id.infoloker.web.backend.BackendProblem;
import id.infoloker.web.backend.BackendUnavailable;
import id.infoloker.web.session.Viewer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Dokumen": the job seeker's KTP, ijazah, CV and pas foto. An upload is forwarded to account-service as it came;
 * a plain form post gets the page back (303 after success, the page with the reason beside the document after a
 * refusal), the page's script (Accept: application/json) a small JSON answer. "Kirim untuk verifikasi" submits the
 * documents and shows the status page.
 */
@Controller
class DocumentPages {

    private final DocumentApi documents;
    private final DocumentsPage page;
    private final DocumentStates states;
    private final MessageSource messages;

    DocumentPages(DocumentApi documents, DocumentsPage page, DocumentStates states, MessageSource messages) {
        this.documents = documents;
        this.page = page;
        this.states = states;
        this.messages = messages;
    }

    @GetMapping("/dokumen")
    String documents(Model model) {
        return page.render(model);
    }

    @PostMapping("/dokumen/{type}")
    String upload(@PathVariable String type, @RequestParam(name = "file", required = false) MultipartFile file,
                  Model model, HttpServletResponse response) {
        Outcome outcome = forward(type, file);
        if (outcome.refusal() != null) {
            response.setStatus(outcome.status());
            return page.render(model, type, outcome.refusal(), null);
        }
        return seeOther(response, "/dokumen");
    }

    @PostMapping(path = "/dokumen/{type}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<UploadAnswer> uploadFromScript(@PathVariable String type,
                                                  @RequestParam(name = "file", required = false) MultipartFile file) {
        Outcome outcome;
        try {
            outcome = forward(type, file);
        } catch (BackendUnavailable down) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(down.retryAfterSeconds()))
                    .body(UploadAnswer.refused(type, message("documents.unavailable")));
        }
        if (outcome.refusal() != null) {
            return ResponseEntity.status(outcome.status()).body(UploadAnswer.refused(type, outcome.refusal()));
        }
        return ResponseEntity.ok(UploadAnswer.uploaded(type, states.of(outcome.document())));
    }

    @PostMapping("/dokumen/kirim")
    String submit(Model model, HttpServletResponse response) {
        try {
            documents.submit();
        } catch (BackendProblem refused) {
            // Documents missing (409), or already with the verifier: the page says which and why.
            response.setStatus(refused.status());
            return page.render(model, null, null, refused.detail());
        }
        return seeOther(response, "/status");
    }

    private Outcome forward(String type, MultipartFile file) {
        if (!RequiredDocuments.isOne(Viewer.current(), type)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (file == null || file.isEmpty() && blank(file.getOriginalFilename())) {
            return Outcome.refused(HttpStatus.BAD_REQUEST.value(), message("documents.choose-file"));
        }
        DocumentApi.Upload upload;
        try {
            upload = new DocumentApi.Upload(file.getBytes(), filename(file.getOriginalFilename()),
                    contentType(file.getContentType()));
        } catch (IOException unreadable) {
            return Outcome.refused(HttpStatus.BAD_REQUEST.value(), message("documents.malformed"));
        }
        try {
            return Outcome.uploaded(documents.upload(type, upload));
        } catch (BackendProblem refused) {
            // Too big (413), empty (400), not JPEG/PNG/PDF (415), locked (409): account-service's own words.
            return Outcome.refused(refused.status(), refused.detail());
        }
    }

    /**
     * The name without any folder some browsers send along ("C:\fakepath\ktp.jpg"), and without control characters:
     * a NUL or CR/LF in it would otherwise go into the Content-Disposition of the call to account-service.
     */
    static String filename(String original) {
        if (blank(original)) {
            return "dokumen";
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "");
        return blank(name) ? "dokumen" : name;
    }

    private static MediaType contentType(String declared) {
        try {
            return declared == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(declared);
        } catch (RuntimeException garbled) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static String seeOther(HttpServletResponse response, String location) {
        response.setStatus(HttpStatus.SEE_OTHER.value());
        response.setHeader(HttpHeaders.LOCATION, location);
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Outcome(DocumentApi.DocumentView document, int status, String refusal) {

        static Outcome uploaded(DocumentApi.DocumentView document) {
            return new Outcome(document, HttpStatus.CREATED.value(), null);
        }

        static Outcome refused(int status, String refusal) {
            return new Outcome(null, status, refusal);
        }
    }
}
