package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A vacancy stopped taking applications: {@code reason} is CLOSED_BY_EMPLOYER, CLOSING_DATE_PASSED, REJECTED (in
 * review) or TAKEN_DOWN (by staff). {@code title} lets consumers tell the employer which vacancy (null in events
 * written before it was added).
 */
public record VacancyClosed(UUID vacancyId, UUID employerId, String reason, Instant closedAt, String title) {

    /** The first shape, without the title. */
    public VacancyClosed(UUID vacancyId, UUID employerId, String reason, Instant closedAt) {
        this(vacancyId, employerId, reason, closedAt, null);
    }
}
