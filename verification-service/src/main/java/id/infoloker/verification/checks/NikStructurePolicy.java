package id.infoloker.verification.checks;

/** A NIK is 16 digits, carries a possible date of birth and a serial other than 0000. */
final class NikStructurePolicy {

    CheckResult check(String nik) {
        if (nik == null || nik.isBlank()) {
            return CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.missing");
        }
        return Nik.parse(nik)
                .map(parsed -> {
                    if (!parsed.hasPlausibleBirthDate()) {
                        return CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.date",
                                parsed.birthDateAsWritten());
                    }
                    if ("0000".equals(parsed.serial())) {
                        return CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.serial");
                    }
                    return CheckResult.pass(CheckCode.NIK_STRUCTURE, "check.nik-structure.pass");
                })
                .orElseGet(() -> CheckResult.fail(CheckCode.NIK_STRUCTURE, "check.nik-structure.length"));
    }
}
