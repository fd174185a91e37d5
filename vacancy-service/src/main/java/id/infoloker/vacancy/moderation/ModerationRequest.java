package id.infoloker.vacancy.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A take-down or suspension: the reason code and the reviewer's note, both kept in the audit. */
public record ModerationRequest(@NotNull ReportReason reasonCode, @NotBlank @Size(max = 2000) String note) {
}
