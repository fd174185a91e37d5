package id.infoloker.verification.console;

import id.infoloker.verification.checks.CheckView;
import java.util.List;
import java.util.Map;

/**
 * Where on the case page each automatic check is shown: beside the field it is about, so the verifier sees the NIK's
 * FAIL where they read the NIK, not in a list further down.
 */
public final class CheckPlacement {

    private static final Map<String, List<String>> CODES_BY_FIELD = Map.of(
            "nik", List.of("NIK_STRUCTURE", "NIK_REGION", "NIK_DUPLICATE"),
            "birth", List.of("NIK_BIRTH_DATA"),
            "npwp", List.of("NPWP_CHECK_DIGIT"),
            "nib", List.of("NIB_FORMAT"),
            "documents", List.of("REQUIRED_DOCUMENTS"));

    private final List<CheckView> checks;

    CheckPlacement(List<CheckView> checks) {
        this.checks = checks;
    }

    /** The checks shown beside {@code field} (nik, birth, npwp, nib, documents). */
    public List<CheckView> at(String field) {
        List<String> codes = CODES_BY_FIELD.getOrDefault(field, List.of());
        return checks.stream().filter(check -> codes.contains(String.valueOf(check.code()))).toList();
    }
}
