package id.infoloker.verification.checks;

/** A NIK already registered by another account is a FAIL: one person, one account. */
final class DuplicateNikPolicy {

    CheckResult check(long otherAccountsWithTheSameNik) {
        if (otherAccountsWithTheSameNik > 0) {
            return CheckResult.fail(CheckCode.NIK_DUPLICATE, "check.nik-duplicate.found",
                    String.valueOf(otherAccountsWithTheSameNik));
        }
        return CheckResult.pass(CheckCode.NIK_DUPLICATE, "check.nik-duplicate.pass");
    }
}
