package id.infoloker.vacancy.applications;

import java.time.Instant;
import java.util.UUID;

/** What the employer sees of an applicant; the name is null once the account was erased. */
public record ApplicantView(UUID applicationId, UUID jobSeekerId, String displayName, String kecamatanCode,
                            String status, Instant submittedAt, Instant updatedAt) {
}
