package id.infoloker.verification.feedback;

/** A screenshot sent with feedback: PNG or JPEG, decided by its first bytes. */
public record Screenshot(byte[] bytes, String mediaType) {

    static final int MAX_BYTES = 1024 * 1024;

    /** @return the screenshot, or null when the bytes are neither PNG nor JPEG */
    static Screenshot detect(byte[] bytes) {
        if (bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return new Screenshot(bytes, "image/png");
        }
        if (bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return new Screenshot(bytes, "image/jpeg");
        }
        return null;
    }

    @Override
    public String toString() {
        return "Screenshot[" + mediaType + ", " + bytes.length + " bytes]";
    }
}
