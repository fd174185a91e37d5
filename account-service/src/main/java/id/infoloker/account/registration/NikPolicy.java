package id.infoloker.account.registration;

import id.infoloker.account.accounts.Sex;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Reads a NIK ({@code PPRRSS DDMMYY NNNN}): province, regency and kecamatan of first issue, birth day (women: day +
 * 40), month, two-digit year, serial from 0001. A NIK that cannot be one (a zero region part, an impossible date, a
 * zero serial) is refused. A NIK whose date or sex disagrees with what the person stated is accepted but flagged: it
 * is a red flag for the verifier, not proof of fraud (typos in the stated birth date are common).
 */
@Component
public class NikPolicy {

    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("\\d{16}");
    private static final int WOMEN_DAY_OFFSET = 40;

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

    /** The parts of a NIK; {@code twoDigitYear} because the NIK does not say the century. */
    public record NikParts(String province, String regency, String kecamatan, MonthDay birthDay, int twoDigitYear,
                           Sex sex, int serial) {
    }

    public Decision assess(String nik, LocalDate statedBirthDate, Sex statedSex) {
        Optional<NikParts> parsed = parse(nik);
        if (parsed.isEmpty()) {
            return Decision.INVALID;
        }
        NikParts parts = parsed.get();
        boolean sameDate = statedBirthDate != null
                && parts.birthDay().equals(MonthDay.from(statedBirthDate))
                && parts.twoDigitYear() == statedBirthDate.getYear() % 100;
        boolean sameSex = parts.sex() == statedSex;
        return sameDate && sameSex ? Decision.CONSISTENT : Decision.MISMATCH;
    }

    /** @return the NIK's parts, or empty if it cannot be a NIK */
    public static Optional<NikParts> parse(String nik) {
        if (nik == null || !SIXTEEN_DIGITS.matcher(nik).matches()) {
            return Optional.empty();
        }
        String province = nik.substring(0, 2);
        String regency = nik.substring(2, 4);
        String kecamatan = nik.substring(4, 6);
        if ("00".equals(province) || "00".equals(regency) || "00".equals(kecamatan)) {
            return Optional.empty();
        }
        int encodedDay = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int twoDigitYear = Integer.parseInt(nik.substring(10, 12));
        int serial = Integer.parseInt(nik.substring(12, 16));
        if (serial == 0) {
            return Optional.empty();
        }
        Sex sex = encodedDay > WOMEN_DAY_OFFSET ? Sex.F : Sex.M;
        int day = sex == Sex.F ? encodedDay - WOMEN_DAY_OFFSET : encodedDay;
        return birthDay(month, day, twoDigitYear)
                .map(birthDay -> new NikParts(province, regency, kecamatan, birthDay, twoDigitYear, sex, serial));
    }

    private static Optional<MonthDay> birthDay(int month, int day, int twoDigitYear) {
        try {
            MonthDay birthDay = MonthDay.of(month, day);
            // 29 February needs a leap year. 2000 + yy has the same leap-ness as 19yy, except 1900, which no living
            // person was born in.
            return birthDay.isValidYear(2000 + twoDigitYear) ? Optional.of(birthDay) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
