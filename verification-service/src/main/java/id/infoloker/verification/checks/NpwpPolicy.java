package id.infoloker.verification.checks;

/**
 * The NPWP's check digit. The 15-digit NPWP (often written 01.234.567.8-901.000) carries a Luhn check digit at the
 * 9th position over the first 9 digits; the 16-digit form is either "0" + the 15-digit NPWP (checked the same way) or
 * the owner's NIK, which has no check digit: the verifier is warned to compare it with the document.
 */
final class NpwpPolicy {

    CheckResult check(String npwp) {
        String digits = npwp == null ? "" : npwp.replaceAll("[.\\-\\s]", "");
        if (!digits.matches("\\d{15}|\\d{16}")) {
            return CheckResult.fail(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.format");
        }
        if (digits.length() == 16) {
            if (digits.charAt(0) != '0') {
                return CheckResult.warn(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.nik-based");
            }
            digits = digits.substring(1);
        }
        return luhnValid(digits.substring(0, 9))
                ? CheckResult.pass(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.pass")
                : CheckResult.fail(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.check-digit");
    }

    /** Luhn over {@code digits}, the last one being the check digit. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubleIt = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubleIt) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubleIt = !doubleIt;
        }
        return sum % 10 == 0;
    }
}
