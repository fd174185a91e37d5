package id.infoloker.web.documents;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the page's script gets back for an upload it sent: the document is uploaded (with the state line to show), or
 * the reason it was refused. Plain form posts get the page instead.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UploadAnswer(String type, boolean uploaded, String state, String message) {

    static UploadAnswer uploaded(String type, String state) {
        return new UploadAnswer(type, true, state, null);
    }

    static UploadAnswer refused(String type, String message) {
        return new UploadAnswer(type, false, null, message);
    }
}
