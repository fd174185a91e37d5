package id.infoloker.vacancy.applications;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDateTime;

/**
 * An invitation to an interview: {@code startsAt} is wall-clock time in WIB ("2027-01-10T09:00"), a place or an online
 * link (at least one, checked by {@link InterviewPolicy}), and the employer's contact person the job seeker can call.
 */
public record InterviewRequest(
        @NotNull LocalDateTime startsAt,
        @NotNull @Min(15) @Max(480) Integer durationMinutes,
        @Size(max = 300) String place,
        @Size(max = 500) String onlineLink,
        @NotBlank @Size(max = 120) String contactName,
        @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 .()-]{6,18}[0-9]") String contactPhone,
        @Size(max = 1000) String note) {

    String placeOrNull() {
        return blankToNull(place);
    }

    String onlineLinkOrNull() {
        return blankToNull(onlineLink);
    }

    String noteOrNull() {
        return blankToNull(note);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
