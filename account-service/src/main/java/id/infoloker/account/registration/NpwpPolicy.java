package id.infoloker.account.registration;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * NPWP, the tax number, in either form, stored as digits only:
 * <ul>
 *   <li>old, 15 digits ({@code 01.234.567.8-901.000}): 9 digits whose last is a Luhn check digit, then the 3-digit tax
 *       office and the 3-digit branch (000 = head office);</li>
 *   <li>new, 16 digits: the old number with a leading 0 (its first 9 digits after the 0 pass the same check), or, for
 *       individuals, their NIK (checked as a NIK).</li>
 * </ul>
 * A typo in the first 9 digits is caught by the check digit, so a company does not get verified with someone else's
 * tax number by mistake.
 */
public final class NpwpPolicy {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public enum Outcome {
        VALID,
        /** Neither 15 nor 16 digits (after dropping separators). */
        WRONG_LENGTH,
        /** The check digit fails (old form, or new form with a leading 0), or a 16-digit NIK form is no NIK. */
        NOT_A_NUMBER_ISSUED
    }

    /** @param digits the NPWP as digits only, when {@code outcome} is VALID */
    public record Decision(Outcome outcome, String digits) {

        public boolean accepted() {
            return outcome == Outcome.VALID;
        }
    }

    public static Decision assess(String input) {
        String digits = input == null ? "" : SEPARATORS.matcher(input).replaceAll("");
        if (!DIGITS.matcher(digits).matches() || (digits.length() != 15 && digits.length() != 16)) {
            return new Decision(Outcome.WRONG_LENGTH, null);
        }
        boolean valid = switch (digits.length()) {
            case 15 -> luhnValid(digits.substring(0, 9));
            case 16 -> digits.charAt(0) == '0'
                    ? luhnValid(digits.substring(1, 10))
                    : NikPolicy.parse(digits).isPresent();
            default -> false;
        };
        return valid ? new Decision(Outcome.VALID, digits) : new Decision(Outcome.NOT_A_NUMBER_ISSUED, null);
    }

    /** Luhn (mod 10): the last digit checks the ones before it. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** The check digit that makes {@code payload} + digit pass {@link #luhnValid}. */
    static int luhnCheckDigit(String payload) {
        for (int digit = 0; digit <= 9; digit++) {
            if (luhnValid(payload + digit)) {
                return digit;
            }
        }
        throw new IllegalStateException("No Luhn check digit for " + payload.length() + " digits");
    }

    private NpwpPolicy() {
    }
}
