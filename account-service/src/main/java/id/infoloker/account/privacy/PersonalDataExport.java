package id.infoloker.account.privacy;

import id.infoloker.account.applicants.ApplicantReadAudit;
import id.infoloker.account.career.CareerProfile;
import id.infoloker.account.documents.DocumentView;
import id.infoloker.account.documents.StaffRead;
import id.infoloker.account.documents.Submission;
import id.infoloker.account.profile.MyAccountView;
import java.time.Instant;
import java.util.List;

/**
 * Everything this service holds about a person (UU PDP right of access): the account and profile with the full NIK,
 * which consent text they agreed to and when, the documents (their contents are downloaded from {@code contentPath}), each submission, and
 * every read of their documents by office staff, their career profile and every read of their profile or CV by an
 * employer they applied to.
 */
public record PersonalDataExport(
        Instant exportedAt,
        MyAccountView account,
        Consent consent,
        List<ExportedDocument> documents,
        List<Submission> submissions,
        List<StaffRead> staffReads,
        CareerProfile careerProfile,
        List<ApplicantReadAudit.EmployerRead> employerReads) {

    /** Which version of the consent text the person agreed to, and when. */
    public record Consent(String version, Instant givenAt) {
    }

    public record ExportedDocument(DocumentView document, String contentPath) {
    }

    @Override
    public String toString() {
        return "PersonalDataExport[exportedAt=" + exportedAt + "]";
    }
}
