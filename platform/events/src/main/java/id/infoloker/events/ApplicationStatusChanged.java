package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * An application moved: DIKIRIM, DILIHAT, DIPROSES, WAWANCARA, DITERIMA or DITOLAK by the employer, DITARIK (withdrawn)
 * by the job seeker, DITUTUP when its vacancy was closed by the employer or taken down by staff.
 *
 * <p>{@code reasonCode}: the rejection reason for DITOLAK (vacancy-service's list), the vacancy's close reason for
 * DITUTUP (CLOSED_BY_EMPLOYER, TAKEN_DOWN, REJECTED), {@code WITHDRAWN} for DITARIK; null otherwise. {@code note} is
 * the employer's or reviewer's free text meant for the job seeker. {@code interview} is set for WAWANCARA (also when an
 * interview is rescheduled: then status and previousStatus are both WAWANCARA). Consumers of the first shape (without
 * the last five fields) keep working: they are additions, null when absent.
 */
public record ApplicationStatusChanged(
        UUID applicationId,
        UUID vacancyId,
        UUID jobSeekerId,
        String vacancyTitle,
        String status,
        String previousStatus,
        Instant changedAt,
        UUID employerId,
        String companyName,
        String reasonCode,
        String note,
        Interview interview) {

    /** The first shape: a plain move with no reason, note or interview. */
    public ApplicationStatusChanged(UUID applicationId, UUID vacancyId, UUID jobSeekerId, String vacancyTitle,
                                    String status, String previousStatus, Instant changedAt) {
        this(applicationId, vacancyId, jobSeekerId, vacancyTitle, status, previousStatus, changedAt, null, null, null,
                null, null);
    }

    /**
     * An interview invitation. {@code startsAt} is wall-clock time in {@code timeZone} (always Asia/Jakarta, WIB, for
     * Karawang); at least one of {@code place} and {@code onlineLink} is set. {@code sequence} counts reschedules (the
     * calendar file's SEQUENCE).
     */
    public record Interview(
            LocalDateTime startsAt,
            String timeZone,
            int durationMinutes,
            String place,
            String onlineLink,
            String contactName,
            String contactPhone,
            String note,
            int sequence) {
    }
}
