package id.infoloker.verification.checks;

import id.infoloker.identity.Nib;

/** The NIB (Nomor Induk Berusaha from OSS) has the shape the platform's reader ({@link Nib}) accepts: 13 digits. */
final class NibPolicy {

    CheckResult check(String nib) {
        return Nib.normalize(nib).isPresent()
                ? CheckResult.pass(CheckCode.NIB_FORMAT, "check.nib.pass")
                : CheckResult.fail(CheckCode.NIB_FORMAT, "check.nib.format");
    }
}
