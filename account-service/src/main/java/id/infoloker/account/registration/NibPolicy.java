package id.infoloker.account.registration;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NIB (Nomor Induk Berusaha), the business number issued by the OSS system: 13 digits with no public check digit, so
 * only its shape can be checked here; the verifier checks it against OSS. Spaces, dots and dashes people copy from
 * documents are dropped; the NIB is stored as digits only.
 */
public final class NibPolicy {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern THIRTEEN_DIGITS = Pattern.compile("\\d{13}");
    private static final Pattern ALL_ZEROS = Pattern.compile("0+");

    /** @return the NIB as 13 digits, or empty if it cannot be a NIB */
    public static Optional<String> normalize(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(input).replaceAll("");
        if (!THIRTEEN_DIGITS.matcher(digits).matches() || ALL_ZEROS.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    private NibPolicy() {
    }
}
