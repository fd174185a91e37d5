package id.infoloker.web.documents;

import id.infoloker.web.backend.Backends;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * account-service's documents of the signed-in person: the list ({@code GET /api/accounts/me/documents}), an upload
 * ({@code POST /api/accounts/me/documents/{type}}, multipart part {@code file}) and the submission for verification
 * ({@code POST /api/accounts/me/documents/submit}). account-service decides size (2 MB) and format (JPEG, PNG, PDF,
 * by content); web passes the bytes on untouched.
 */
@Component
class DocumentApi {

    private static final ParameterizedTypeReference<List<DocumentView>> LIST = new ParameterizedTypeReference<>() {
    };

    private final Backends backends;

    DocumentApi(Backends backends) {
        this.backends = backends;
    }

    List<DocumentView> mine() {
        List<DocumentView> documents = backends.account().get().uri("/api/accounts/me/documents").retrieve()
                .body(LIST);
        return documents == null ? List.of() : documents;
    }

    DocumentView upload(String type, Upload upload) {
        HttpHeaders partHeaders = new HttpHeaders();
        partHeaders.setContentType(upload.contentType());
        partHeaders.setContentDisposition(ContentDisposition.formData().name("file").filename(upload.filename())
                .build());
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new HttpEntity<>(new NamedBytes(upload.bytes(), upload.filename()), partHeaders));
        // The uploads client: a 2 MB document on a slow line takes longer than a page's read timeout.
        return backends.accountUploads().post()
                .uri("/api/accounts/me/documents/{type}", type)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .body(DocumentView.class);
    }

    void submit() {
        backends.account().post().uri("/api/accounts/me/documents/submit").retrieve().toBodilessEntity();
    }

    /** A file as it arrived from the browser: its bytes, name and declared type are passed on as they are. */
    record Upload(byte[] bytes, String filename, MediaType contentType) {

        @Override
        public String toString() {
            return "Upload[" + bytes.length + " bytes, " + contentType + "]";
        }
    }

    /** account-service's {@code DocumentView}: metadata only, the content is fetched separately. */
    record DocumentView(UUID id, String type, String format, String mediaType, long sizeBytes, Instant uploadedAt) {

        static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

        /** The upload time as people in Karawang read their clocks. */
        public ZonedDateTime uploadedAtWib() {
            return uploadedAt == null ? null : uploadedAt.atZone(WIB);
        }

        /** "350 KB", "1,4 MB": what a person compares with the 2 MB limit. */
        public String readableSize() {
            if (sizeBytes < 1024 * 1024) {
                return Math.max(1, Math.round(sizeBytes / 1024.0)) + " KB";
            }
            return String.format(java.util.Locale.forLanguageTag("id"), "%.1f MB", sizeBytes / (1024.0 * 1024));
        }
    }

    /** A byte array that keeps the file's name, which a multipart part needs for its Content-Disposition. */
    private static final class NamedBytes extends ByteArrayResource {

        private final String filename;

        NamedBytes(byte[] bytes, String filename) {
            super(bytes);
            this.filename = filename;
        }

        @Override
        public String getFilename() {
            return filename;
        }
    }
}
