package id.infoloker.vacancy.applications;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reason from the list; with OTHER the note (shown to the job seeker) is required. */
public record RejectionRequest(@NotNull RejectionReason reasonCode, @Size(max = 1000) String note) {

    String noteOrNull() {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
