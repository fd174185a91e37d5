package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/** A vacancy stopped taking applications: {@code reason} is CLOSED_BY_EMPLOYER, CLOSING_DATE_PASSED or REJECTED. */
public record VacancyClosed(UUID vacancyId, UUID employerId, String reason, Instant closedAt) {
}
