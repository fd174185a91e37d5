package id.infoloker.account.documents;

import id.infoloker.events.AccountType;
import java.util.List;

/** The documents the office asks for: KTP, diploma, CV and photo of a job seeker; NIB and NPWP of an employer. */
public enum DocumentType {
    KTP, IJAZAH, CV, PAS_FOTO, NIB, NPWP;

    /** What an account of this type must upload before submitting, in the order the verifier reads them. */
    public static List<DocumentType> requiredFor(AccountType accountType) {
        return switch (accountType) {
            case JOB_SEEKER -> List.of(KTP, IJAZAH, CV, PAS_FOTO);
            case EMPLOYER -> List.of(NIB, NPWP);
            case VERIFIER, ADMIN -> List.of();
        };
    }
}
