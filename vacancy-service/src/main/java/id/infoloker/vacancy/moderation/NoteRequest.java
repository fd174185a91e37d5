package id.infoloker.vacancy.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reviewer's note (on a vacancy, a lifted suspension or a dismissed report). */
public record NoteRequest(@NotBlank @Size(max = 2000) String note) {
}
