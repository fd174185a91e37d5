package id.infoloker.web.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a person's verification stands, as the status page shows it. {@code status} is the machine value
 * ({@code data-status}): verification-service's own status names, plus SUSPENDED, which only account-service knows.
 *
 * @param position       1 = next; 0 = a verifier is looking at it now; null unless waiting
 * @param waitMinutes    null when there is no estimate (no recent decision); {@code waitBasis} then says why
 * @param documents      the documents this kind of account needs, and whether each is uploaded
 * @param documentsToRedo after a revision request: the document types to upload again
 */
public record VerificationStatus(String status, boolean employer, Long position, boolean inReview, Long waitMinutes,
                          String waitBasis, String reasonCode, String reasonLabel, String note,
                          List<String> documentsToRedo, List<RequiredDocument> documents, Instant decidedAt) {

    static final String AWAITING_DOCUMENTS = "AWAITING_DOCUMENTS";
    static final String AWAITING_VERIFICATION = "AWAITING_VERIFICATION";
    static final String REVISION_REQUESTED = "REVISION_REQUESTED";
    static final String APPROVED = "APPROVED";
    static final String REJECTED = "REJECTED";
    static final String SUSPENDED = "SUSPENDED";

    /** Karawang's time zone: "decided on" is the date people there saw it happen. */
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final List<String> JOB_SEEKER_DOCUMENTS = List.of("KTP", "IJAZAH", "CV", "PAS_FOTO");
    private static final List<String> EMPLOYER_DOCUMENTS = List.of("NIB", "NPWP");

    /**
     * verification-service knows the queue and the verifier's words, so it decides; account-service is the fallback
     * while the case does not exist yet, and alone knows a suspension.
     */
    static VerificationStatus of(StatusApi.MyAccount account, Optional<StatusApi.MyVerification> verification,
                                 List<StatusApi.Document> uploaded) {
        boolean employer = "EMPLOYER".equals(account.type());
        List<RequiredDocument> documents = required(employer, uploaded);
        if (SUSPENDED.equals(account.status())) {
            return new VerificationStatus(SUSPENDED, employer, null, false, null, null, account.statusReasonCode(),
                    null, account.statusNote(), List.of(), documents, account.statusChangedAt());
        }
        if (verification.isPresent()) {
            StatusApi.MyVerification mine = verification.get();
            StatusApi.Estimate estimate = mine.estimate();
            return new VerificationStatus(mine.status(), employer, mine.position(),
                    Boolean.TRUE.equals(mine.inReview()),
                    estimate == null ? null : estimate.minutes(), estimate == null ? null : estimate.basis(),
                    mine.reasonCode(), mine.reasonLabel(), mine.note(), orEmpty(mine.documentsToRedo()), documents,
                    mine.decidedAt());
        }
        String status = switch (account.status() == null ? "" : account.status()) {
            case "VERIFIED" -> APPROVED;
            case "REJECTED" -> REJECTED;
            case "REVISION_REQUESTED" -> REVISION_REQUESTED;
            default -> AWAITING_DOCUMENTS; // the case is created at registration; documents come after
        };
        return new VerificationStatus(status, employer, null, false, null, null, account.statusReasonCode(), null,
                account.statusNote(), orEmpty(account.documentsToRedo()), documents, account.statusChangedAt());
    }

    /** Whether the page needs the list of uploaded documents (only to say which are still missing). */
    static boolean needsDocuments(Optional<StatusApi.MyVerification> verification) {
        return verification.map(mine -> AWAITING_DOCUMENTS.equals(mine.status())).orElse(true);
    }

    public LocalDate decidedOn() {
        return decidedAt == null ? null : LocalDate.ofInstant(decidedAt, WIB);
    }

    public boolean allUploaded() {
        return documents.stream().allMatch(RequiredDocument::uploaded);
    }

    /** "Antrean ke-12" only while waiting in line; position 0 means a verifier has it open. */
    public boolean queued() {
        return position != null && position > 0 && !inReview;
    }

    /** The estimate in the largest unit that reads naturally: minutes, hours, days. */
    public WaitTime waitTime() {
        if (waitMinutes == null) {
            return null;
        }
        if (waitMinutes < 60) {
            return new WaitTime(Math.max(1, waitMinutes), "minutes");
        }
        if (waitMinutes < 48 * 60) {
            return new WaitTime((waitMinutes + 59) / 60, "hours");
        }
        return new WaitTime((waitMinutes + 24 * 60 - 1) / (24 * 60), "days");
    }

    private static List<RequiredDocument> required(boolean employer, List<StatusApi.Document> uploaded) {
        Set<String> types = uploaded.stream().map(StatusApi.Document::type).collect(Collectors.toSet());
        return (employer ? EMPLOYER_DOCUMENTS : JOB_SEEKER_DOCUMENTS).stream()
                .map(type -> new RequiredDocument(type, types.contains(type)))
                .toList();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    public record RequiredDocument(String type, boolean uploaded) {
    }

    /** @param unit minutes, hours or days: the message key's last part */
    public record WaitTime(long amount, String unit) {
    }
}
