package id.infoloker.account.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The file formats accepted, recognised by their first bytes ("magic numbers"), never by the file name or the
 * Content-Type the client sends: both are chosen by the uploader. A script renamed {@code ktp.jpg} is not a JPEG; a
 * PDF named {@code foto.jpg} is a PDF and is served as one.
 */
public enum DocumentFormat {
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentFormat(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    /** @return the format {@code content} starts like, or empty if it is none of the accepted ones */
    public static Optional<DocumentFormat> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        for (DocumentFormat format : values()) {
            if (content.length >= format.magic.length
                    && Arrays.equals(content, 0, format.magic.length, format.magic, 0, format.magic.length)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
