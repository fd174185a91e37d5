package id.infoloker.identity;

import id.infoloker.events.AccountType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The documents the office asks for: KTP, diploma, CV and photo of a job seeker; NIB and NPWP of an employer. The
 * names are those of {@code account.documents-submitted.v1} and of account-service's document endpoints.
 */
public enum DocumentType {
    KTP, IJAZAH, CV, PAS_FOTO, NIB, NPWP;

    /** What an account of this type must submit before a verifier looks at it, in the order the verifier reads them. */
    public static List<DocumentType> requiredFor(AccountType accountType) {
        return switch (accountType) {
            case JOB_SEEKER -> List.of(KTP, IJAZAH, CV, PAS_FOTO);
            case EMPLOYER -> List.of(NIB, NPWP);
            case VERIFIER, ADMIN -> List.of();
        };
    }

    /** The required documents not among {@code submitted} (names as in the events), in reading order. */
    public static List<DocumentType> missing(AccountType accountType, Collection<String> submitted) {
        return requiredFor(accountType).stream().filter(required -> !submitted.contains(required.name())).toList();
    }

    public static Optional<DocumentType> of(String name) {
        for (DocumentType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
