package id.infoloker.web.documents;

import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one-line state of an uploaded document ("Sudah diunggah · JPEG · 350 KB · 3 Sep 2026 10.15 WIB"), the same
 * on the page ({@code ${@documentStates.of(row.uploaded())}}) and in the script's answer after an upload.
 */
@Component("documentStates")
public class DocumentStates {

    private final MessageSource messages;

    DocumentStates(MessageSource messages) {
        this.messages = messages;
    }

    public String of(DocumentApi.DocumentView document) {
        var locale = LocaleContextHolder.getLocale();
        if (document == null) {
            return messages.getMessage("documents.state.missing", null, locale);
        }
        String time = document.uploadedAtWib() == null ? ""
                : document.uploadedAtWib().format(DateTimeFormatter.ofPattern("d MMM yyyy HH.mm", locale));
        return messages.getMessage("documents.state.uploaded",
                new Object[] {document.format(), document.readableSize(), time}, locale);
    }
}
