package id.infoloker.verification.checks;

import id.infoloker.identity.Nik;

/**
 * The NIK can be one, as the platform's reader ({@link Nik}) decides: 16 digits, no region part 00, a possible date
 * of birth, a serial other than 0000. Registration refuses the same NIKs, so a FAIL here means the registration came
 * from somewhere that did not check (or the rules changed since).
 */
final class NikStructurePolicy {

    CheckResult check(String nik) {
        return Nik.flawOf(nik).map(flaw -> switch (flaw) {
            case MISSING -> CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.missing");
            case NOT_SIXTEEN_DIGITS -> CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.length");
            case ZERO_REGION -> CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.region");
            case IMPOSSIBLE_BIRTH_DATE -> CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.date",
                    nik.substring(6, 8) + "-" + nik.substring(8, 10) + "-" + nik.substring(10, 12));
            case ZERO_SERIAL -> CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.serial");
        }).orElseGet(() -> CheckResult.pass(CheckCode.NIK_STRUCTURE, "check.nik-structure.pass"));
    }
}
