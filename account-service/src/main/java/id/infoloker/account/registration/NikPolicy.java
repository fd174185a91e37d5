package id.infoloker.account.registration;

import id.infoloker.account.accounts.Sex;
import id.infoloker.identity.Nik;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What registration does with a NIK, read by the platform's one reader ({@link Nik}): a NIK that cannot be one (a
 * zero region part, an impossible date, a zero serial) is refused. A NIK whose date or sex disagrees with what the
 * person stated is accepted but flagged: it is a red flag for the verifier, not proof of fraud (typos in the stated
 * birth date are common).
 */
@Component
public class NikPolicy {

    public enum Decision {
        /** A possible NIK that agrees with the stated birth date and sex. */
        CONSISTENT,
        /** A possible NIK whose birth date or sex disagrees with the stated ones: accept, flag for the verifier. */
        MISMATCH,
        /** Cannot be a NIK: refuse. */
        INVALID;

        public boolean accepted() {
            return this != INVALID;
        }
    }

    public Decision assess(String nik, LocalDate statedBirthDate, Sex statedSex) {
        Optional<Nik> parsed = Nik.parse(nik);
        if (parsed.isEmpty()) {
            return Decision.INVALID;
        }
        boolean sameSex = (parsed.get().female() ? Sex.F : Sex.M) == statedSex;
        return parsed.get().carriesBirthDate(statedBirthDate) && sameSex ? Decision.CONSISTENT : Decision.MISMATCH;
    }
}
