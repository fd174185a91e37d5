package id.infoloker.vacancy.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * What the employer sees of an applicant. Once the person erased their account, {@code applicantErased} is true, the
 * name is null (the portal says "Pelamar telah menghapus akun") and {@code jobSeekerId} is a pseudonym.
 */
public record ApplicantView(UUID applicationId, UUID jobSeekerId, String displayName, String kecamatanCode,
                            String status, Instant submittedAt, Instant updatedAt, boolean applicantErased) {
}
