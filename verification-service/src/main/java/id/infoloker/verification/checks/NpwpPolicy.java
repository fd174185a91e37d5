package id.infoloker.verification.checks;

import id.infoloker.identity.Npwp;

/**
 * The NPWP as the platform's reader ({@link Npwp}) sees it: a 15-digit NPWP, or a 16-digit one with a leading 0, passes
 * when its Luhn check digit does; a 16-digit NIK-based NPWP has no check digit, so the verifier is warned to compare
 * it with the document; anything registration would refuse fails.
 */
final class NpwpPolicy {

    CheckResult check(String npwp) {
        Npwp.Reading reading = Npwp.read(npwp);
        if (reading.valid()) {
            return reading.form() == Npwp.Form.NEW_NIK_BASED
                    ? CheckResult.warn(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.nik-based")
                    : CheckResult.pass(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.pass");
        }
        return switch (reading.flaw()) {
            case WRONG_LENGTH -> CheckResult.fail(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.format");
            case CHECK_DIGIT -> CheckResult.fail(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.check-digit");
            case NOT_A_NIK -> CheckResult.fail(CheckCode.NPWP_CHECK_DIGIT, "check.npwp.not-a-nik");
        };
    }
}
