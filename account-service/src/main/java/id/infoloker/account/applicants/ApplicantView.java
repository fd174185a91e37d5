package id.infoloker.account.applicants;

import id.infoloker.account.career.CareerProfile;
import id.infoloker.account.documents.DocumentView;
import java.util.UUID;

/**
 * An applicant as the employer of the vacancy sees them while the application is open: name, contacts, kecamatan,
 * education, the career profile (disability only if shared) and the CV's metadata ({@code cvPath} to open it). No NIK,
 * birth date or address: screening needs none of them.
 */
public record ApplicantView(UUID applicationId, UUID jobSeekerId, String fullName, String email, String phone,
                            String kecamatanCode, String kecamatanName, String education, CareerProfile careerProfile,
                            DocumentView cv, String cvPath) {

    @Override
    public String toString() {
        return "ApplicantView[applicationId=" + applicationId + "]";
    }
}
