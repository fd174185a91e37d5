package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

public record ApplicationSubmitted(
        UUID applicationId,
        UUID vacancyId,
        UUID employerId,
        UUID jobSeekerId,
        String vacancyTitle,
        Instant submittedAt) {
}
