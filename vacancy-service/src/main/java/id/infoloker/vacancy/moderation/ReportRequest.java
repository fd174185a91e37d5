package id.infoloker.vacancy.moderation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A report: a reason from the list and, optionally, what the reporter saw (required with OTHER). */
public record ReportRequest(@NotNull ReportReason reasonCode, @Size(max = 2000) String text) {

    String textOrNull() {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
