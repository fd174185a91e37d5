package id.infoloker.web.documents;

/**
 * One of the documents a person uploads (a job seeker four, a company two), as the page shows it.
 *
 * @param uploaded the current upload, or null
 * @param error why the last upload of this document was refused, in the person's language, or null
 */
record DocumentRow(String type, DocumentApi.DocumentView uploaded, String error) {

    public boolean isUploaded() {
        return uploaded != null;
    }

    /** Phone cameras: the back one for papers, the front one for the photo of oneself. Null: pick a file. */
    public String capture() {
        return switch (type) {
            case "PAS_FOTO" -> "user";
            // A CV is usually a PDF: with capture set, phones open the camera and offer no file picker.
            case "CV" -> null;
            default -> "environment";
        };
    }
}
