package id.infoloker.verification.feedback;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param page       the portal page it came from, as a path ("/lowongan/…"); optional
 * @param screenshot optional PNG or JPEG, base64, at most 1 MB decoded
 */
public record FeedbackRequest(
        @NotNull FeedbackCategory category,
        @Size(max = 300) @Pattern(regexp = "/[^\\s]*") String page,
        @NotBlank @Size(max = 2000) String text,
        @Size(max = 1_400_000) String screenshot) {
}
