package id.infoloker.vacancy.applications;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One application as its job seeker and the vacancy's employer see it: where it stands, every step before, and the
 * interview with all its details. {@code allowedNext} are the employer's possible moves (empty for the job seeker);
 * {@code canWithdraw} is the job seeker's.
 */
public record ApplicationDetailView(UUID applicationId, UUID vacancyId, String vacancyTitle, String companyName,
                                    String vacancyStatus, Applicant applicant, String status, String reasonCode,
                                    String note, Instant submittedAt, Instant updatedAt,
                                    List<StatusHistoryEntry> history, InterviewView interview,
                                    List<String> allowedNext, boolean canWithdraw) {

    /** Name and kecamatan; the name is null once the account was erased. */
    public record Applicant(UUID jobSeekerId, String displayName, String kecamatanCode) {
    }

    /** {@code calendarPath}: the .ics of this interview (RFC 5545), relative to the API root. */
    public record InterviewView(LocalDateTime startsAt, LocalDateTime endsAt, String timeZone, int durationMinutes,
                                String place, String onlineLink, String contactName, String contactPhone,
                                String note, int sequence, String calendarPath) {

        static InterviewView of(UUID applicationId, Interview interview) {
            return new InterviewView(interview.startsAt(), interview.endsAt(), Interview.TIME_ZONE,
                    interview.durationMinutes(), interview.place(), interview.onlineLink(), interview.contactName(),
                    interview.contactPhone(), interview.note(), interview.sequence(),
                    "/api/applications/" + applicationId + "/interview.ics");
        }
    }
}
