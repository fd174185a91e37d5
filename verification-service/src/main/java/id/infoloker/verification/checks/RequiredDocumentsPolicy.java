package id.infoloker.verification.checks;

import id.infoloker.events.AccountType;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Which documents each account type must submit before a verifier looks at the case. */
public final class RequiredDocumentsPolicy {

    static final Map<AccountType, List<String>> REQUIRED = Map.of(
            AccountType.JOB_SEEKER, List.of("KTP", "IJAZAH", "CV", "PAS_FOTO"),
            AccountType.EMPLOYER, List.of("NIB", "NPWP"));

    public static List<String> requiredFor(AccountType type) {
        return REQUIRED.getOrDefault(type, List.of());
    }

    public static List<String> missing(AccountType type, Collection<String> submitted) {
        return requiredFor(type).stream().filter(required -> !submitted.contains(required)).toList();
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
