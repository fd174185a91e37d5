package id.infoloker.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded file as account-service lists it ({@code GET /api/accounts/{accountId}/documents}, an array of these)
 * and as verification's console reads it: the typed contract between the two. The bytes are fetched separately
 * ({@code …/documents/{id}}). {@link #EXAMPLE} is the contract's JSON example: account-service's test checks that
 * what it serves reads into this record, verification's test reads the example.
 *
 * @param format    JPEG, PNG or PDF, recognised by the file's first bytes
 * @param mediaType the type the file is served with
 */
public record StoredDocument(UUID id, DocumentType type, String format, String mediaType, long sizeBytes,
                             Instant uploadedAt) {

    public static final String EXAMPLE = "/contracts/account-documents.v1.json";

    public boolean image() {
        return mediaType != null && mediaType.startsWith("image/");
    }

    public boolean pdf() {
        return "application/pdf".equals(mediaType);
    }

    /** The example list, as JSON. */
    public static String exampleJson() {
        try (InputStream in = StoredDocument.class.getResourceAsStream(EXAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + EXAMPLE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
