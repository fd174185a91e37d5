package id.infoloker.verification.checks;

import id.infoloker.identity.Nik;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The date of birth and sex written into the NIK agree with the ones the person entered. A mismatch is a FAIL (a
 * typo or someone else's NIK); when either side is missing or unreadable the verifier is warned to compare by hand.
 */
final class NikBirthDataPolicy {

    CheckResult check(String nik, LocalDate birthDate, String sex) {
        Optional<Nik> parsed = Nik.parse(nik);
        if (parsed.isEmpty() || birthDate == null || !("F".equals(sex) || "M".equals(sex))) {
            return CheckResult.warn(CheckCode.NIK_BIRTH_DATA, "check.nik-birth.unchecked");
        }
        Nik read = parsed.get();
        if (!read.carriesBirthDate(birthDate)) {
            return CheckResult.fail(CheckCode.NIK_BIRTH_DATA, "check.nik-birth.date-mismatch",
                    read.birthDateAsWritten(), birthDate.toString());
        }
        boolean female = "F".equals(sex);
        if (read.female() != female) {
            return CheckResult.fail(CheckCode.NIK_BIRTH_DATA, "check.nik-birth.sex-mismatch",
                    read.female() ? "F" : "M", sex);
        }
        return CheckResult.pass(CheckCode.NIK_BIRTH_DATA, "check.nik-birth.pass");
    }
}
