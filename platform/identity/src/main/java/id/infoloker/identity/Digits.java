package id.infoloker.identity;

import java.util.regex.Pattern;

/** Digit strings as people type them: separators copied from documents dropped, then only digits allowed. */
final class Digits {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-]");

    static String withoutSeparators(String input) {
        return input == null ? "" : SEPARATORS.matcher(input).replaceAll("");
    }

    static boolean exactly(String value, int length) {
        if (value.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
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

    private Digits() {
    }
}
