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
 *
 * <p>On Kafka {@code note} and the interview's {@code note} (free text about the job seeker) are {@code null} and travel
 * only inside {@code personalData}, sealed with the job seeker's key like {@link AccountRegistered}'s.
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
        Interview interview,
        String personalData) {

    /** A move with its notes in the clear (before sealing, or after opening). */
    public ApplicationStatusChanged(UUID applicationId, UUID vacancyId, UUID jobSeekerId, String vacancyTitle,
                                    String status, String previousStatus, Instant changedAt, UUID employerId,
                                    String companyName, String reasonCode, String note, Interview interview) {
        this(applicationId, vacancyId, jobSeekerId, vacancyTitle, status, previousStatus, changedAt, employerId,
                companyName, reasonCode, note, interview, null);
    }

    /** The first shape: a plain move with no reason, note or interview. */
    public ApplicationStatusChanged(UUID applicationId, UUID vacancyId, UUID jobSeekerId, String vacancyTitle,
                                    String status, String previousStatus, Instant changedAt) {
        this(applicationId, vacancyId, jobSeekerId, vacancyTitle, status, previousStatus, changedAt, null, null, null,
                null, null, null);
    }

    /** What is sealed: the notes to the job seeker. */
    public record Personal(String note, String interviewNote) {
    }

    public Personal personal() {
        return new Personal(note, interview == null ? null : interview.note());
    }

    public boolean hasPersonalData() {
        return note != null || (interview != null && interview.note() != null);
    }

    /** Without its notes; {@code sealed} null when nobody could read them (the job seeker was erased). */
    public ApplicationStatusChanged sealedAs(String sealed) {
        return new ApplicationStatusChanged(applicationId, vacancyId, jobSeekerId, vacancyTitle, status,
                previousStatus, changedAt, employerId, companyName, reasonCode, null,
                interview == null ? null : interview.withNote(null), sealed);
    }

    /** Opened again; {@code personal} null when the key is gone (the job seeker was erased): no notes. */
    public ApplicationStatusChanged openedWith(Personal personal) {
        return new ApplicationStatusChanged(applicationId, vacancyId, jobSeekerId, vacancyTitle, status,
                previousStatus, changedAt, employerId, companyName, reasonCode,
                personal == null ? null : personal.note(),
                interview == null ? null : interview.withNote(personal == null ? null : personal.interviewNote()),
                null);
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

        public Interview withNote(String note) {
            return new Interview(startsAt, timeZone, durationMinutes, place, onlineLink, contactName, contactPhone,
                    note, sequence);
        }
    }
}
