package id.infoloker.account.privacy;

import id.infoloker.account.applicants.ApplicantReadAudit;
import id.infoloker.account.career.CareerProfile;
import id.infoloker.account.documents.DocumentView;
import id.infoloker.account.documents.StaffRead;
import id.infoloker.account.documents.Submission;
import id.infoloker.account.profile.MyAccountView;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Everything the platform holds about a person (UU PDP right of access): from this service the account and profile
 * with the full NIK, which consent text they agreed to and when, the documents (their contents are downloaded from
 * {@code contentPath}), each submission, every read of their documents by office staff, every ADMIN view of their
 * full NIK ({@code nikReads}), their career profile and every read of their profile or CV by an employer they applied
 * to, their AK/1 cards with their re-reports ({@code ak1Cards}); in {@code services} each other service's part (verification: case, checks, decisions; applications;
 * notifications: contact, notifications, deliveries, preferences, alerts), as that service exported it.
 */
public record PersonalDataExport(
        Instant exportedAt,
        MyAccountView account,
        Consent consent,
        List<ExportedDocument> documents,
        List<Submission> submissions,
        List<StaffRead> staffReads,
        CareerProfile careerProfile,
        List<ApplicantReadAudit.EmployerRead> employerReads,
        JsonNode nikReads,
        JsonNode applicantAccess,
        JsonNode ak1Cards,
        Map<String, JsonNode> services) {

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
