package id.infoloker.identity;

import java.util.Optional;

/**
 * NIB (Nomor Induk Berusaha), the business number issued by the OSS system: 13 digits with no public check digit, so
 * only its shape can be checked; the verifier checks it against OSS. Separators people copy from documents are
 * dropped; thirteen zeros is no number anyone was issued.
 */
public final class Nib {

    /** The NIB as 13 digits, or empty if it cannot be a NIB. */
    public static Optional<String> normalize(String input) {
        String digits = Digits.withoutSeparators(input);
        if (!Digits.exactly(digits, 13) || digits.chars().allMatch(c -> c == '0')) {
            return Optional.empty();
        }
        return Optional.of(digits);
    }

    private Nib() {
    }
}
