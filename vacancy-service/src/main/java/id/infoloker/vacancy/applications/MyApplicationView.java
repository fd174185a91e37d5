package id.infoloker.vacancy.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * A job seeker's own application and where it stands. {@code reasonCode} says why it ended (DITOLAK: the employer's
 * reason; DITUTUP: CLOSED_BY_EMPLOYER, TAKEN_DOWN by staff or REJECTED in review; DITARIK: WITHDRAWN); null while
 * it is open. The list shows it, so a person whose vacancy staff took down learns so without opening each one.
 */
public record MyApplicationView(UUID applicationId, UUID vacancyId, String vacancyTitle, String companyName,
                                String vacancyStatus, String status, String reasonCode, Instant submittedAt,
                                Instant updatedAt) {
}
