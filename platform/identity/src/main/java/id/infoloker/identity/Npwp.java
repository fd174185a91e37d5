package id.infoloker.identity;

/**
 * NPWP, the tax number, in either form, read as digits only:
 * <ul>
 *   <li>old, 15 digits ({@code 01.234.567.8-901.000}): 9 digits whose last is a Luhn check digit, then the 3-digit tax
 *       office and the 3-digit branch (000 = head office);</li>
 *   <li>new, 16 digits: the old number with a leading 0 (its first 9 digits after the 0 pass the same check), or, for
 *       individuals, their NIK (which must then be a possible NIK; it has no check digit).</li>
 * </ul>
 * A typo in the first 9 digits is caught by the check digit.
 */
public final class Npwp {

    public enum Form {
        OLD_FIFTEEN_DIGITS, NEW_WITH_LEADING_ZERO, NEW_NIK_BASED
    }

    public enum Flaw {
        /** Neither 15 nor 16 digits after dropping separators. */
        WRONG_LENGTH,
        /** The Luhn check digit fails (old form, or new form with a leading 0). */
        CHECK_DIGIT,
        /** 16 digits not starting with 0 that cannot be a NIK. */
        NOT_A_NIK
    }

    /** Either {@code form} and {@code digits} (a possible NPWP) or {@code flaw} is set. */
    public record Reading(Form form, String digits, Flaw flaw) {

        public boolean valid() {
            return flaw == null;
        }
    }

    public static Reading read(String input) {
        String digits = Digits.withoutSeparators(input);
        if (!Digits.exactly(digits, 15) && !Digits.exactly(digits, 16)) {
            return new Reading(null, null, Flaw.WRONG_LENGTH);
        }
        if (digits.length() == 15) {
            return checked(Form.OLD_FIFTEEN_DIGITS, digits, digits.substring(0, 9));
        }
        if (digits.charAt(0) == '0') {
            return checked(Form.NEW_WITH_LEADING_ZERO, digits, digits.substring(1, 10));
        }
        return Nik.parse(digits).isPresent() ? new Reading(Form.NEW_NIK_BASED, digits, null)
                : new Reading(null, null, Flaw.NOT_A_NIK);
    }

    private static Reading checked(Form form, String digits, String checkedPart) {
        return Digits.luhnValid(checkedPart) ? new Reading(form, digits, null)
                : new Reading(null, null, Flaw.CHECK_DIGIT);
    }

    /** The check digit that makes {@code eightDigits} + digit a valid NPWP prefix (for test data and tools). */
    public static int checkDigitFor(String eightDigits) {
        for (int digit = 0; digit <= 9; digit++) {
            if (Digits.luhnValid(eightDigits + digit)) {
                return digit;
            }
        }
        throw new IllegalStateException("No Luhn check digit");
    }

    private Npwp() {
    }
}
