package id.infoloker.verification.checks;

import id.infoloker.events.AccountType;
import id.infoloker.identity.DocumentType;
import java.util.Collection;
import java.util.List;

/** Every document the platform requires of the account type ({@link DocumentType#requiredFor}) was submitted. */
public final class RequiredDocumentsPolicy {

    /** The required documents' names (as in the events), in the order the verifier reads them. */
    public static List<String> requiredFor(AccountType type) {
        return DocumentType.requiredFor(type).stream().map(Enum::name).toList();
    }

    public static List<String> missing(AccountType type, Collection<String> submitted) {
        return DocumentType.missing(type, submitted).stream().map(Enum::name).toList();
    }

    CheckResult check(AccountType type, Collection<String> submitted) {
        List<String> missing = missing(type, submitted);
        if (!missing.isEmpty()) {
            return CheckResult.fail(CheckCode.REQUIRED_DOCUMENTS, "check.documents.missing",
                    String.join(", ", missing));
        }
        return CheckResult.pass(CheckCode.REQUIRED_DOCUMENTS, "check.documents.pass",
                String.join(", ", requiredFor(type)));
    }
}
