package id.infoloker.verification.checks;

/** The NIB (Nomor Induk Berusaha from OSS) is 13 digits. */
final class NibPolicy {

    CheckResult check(String nib) {
        String digits = nib == null ? "" : nib.strip();
        return digits.matches("\\d{13}")
                ? CheckResult.pass(CheckCode.NIB_FORMAT, "check.nib.pass")
                : CheckResult.fail(CheckCode.NIB_FORMAT, "check.nib.format");
    }
}
