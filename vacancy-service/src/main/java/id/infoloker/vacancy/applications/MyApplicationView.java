package id.infoloker.vacancy.applications;

import java.time.Instant;
import java.util.UUID;

/** A job seeker's own application and where it stands. */
public record MyApplicationView(UUID applicationId, UUID vacancyId, String vacancyTitle, String companyName,
                                String vacancyStatus, String status, Instant submittedAt, Instant updatedAt) {
}
