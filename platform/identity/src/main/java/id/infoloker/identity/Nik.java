package id.infoloker.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * A NIK ({@code PPRRCC DDMMYY SSSS}): province, regency and kecamatan of first issue, birth day (women: day + 40),
 * month, two-digit year, serial from 0001. The one reading of a NIK on the platform: account-service refuses what
 * {@link #flawOf} finds fault with, verification fails its structure check on the same finding. No {@code toString}
 * with the number: a NIK must never reach a log.
 *
 * @param twoDigitYear the NIK does not say the century
 */
public record Nik(String province, String regency, String kecamatan, MonthDay birthDay, int twoDigitYear,
                  boolean female, int serial) {

    private static final int WOMEN_DAY_OFFSET = 40;

    /** Why a string cannot be a NIK, the first reason found. */
    public enum Flaw {
        MISSING,
        NOT_SIXTEEN_DIGITS,
        /** Province, regency or kecamatan {@code 00}: no region has that code. */
        ZERO_REGION,
        IMPOSSIBLE_BIRTH_DATE,
        ZERO_SERIAL
    }

    /** The NIK's parts, or empty if it cannot be a NIK (see {@link #flawOf}). */
    public static Optional<Nik> parse(String value) {
        if (flawOf(value).isPresent()) {
            return Optional.empty();
        }
        int encodedDay = Integer.parseInt(value.substring(6, 8));
        boolean female = encodedDay > WOMEN_DAY_OFFSET;
        MonthDay birthDay = MonthDay.of(Integer.parseInt(value.substring(8, 10)),
                female ? encodedDay - WOMEN_DAY_OFFSET : encodedDay);
        return Optional.of(new Nik(value.substring(0, 2), value.substring(2, 4), value.substring(4, 6), birthDay,
                Integer.parseInt(value.substring(10, 12)), female, Integer.parseInt(value.substring(12, 16))));
    }

    /** Empty for a possible NIK; otherwise the first thing that makes it impossible. */
    public static Optional<Flaw> flawOf(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(Flaw.MISSING);
        }
        if (!Digits.exactly(value, 16)) {
            return Optional.of(Flaw.NOT_SIXTEEN_DIGITS);
        }
        if ("00".equals(value.substring(0, 2)) || "00".equals(value.substring(2, 4))
                || "00".equals(value.substring(4, 6))) {
            return Optional.of(Flaw.ZERO_REGION);
        }
        int encodedDay = Integer.parseInt(value.substring(6, 8));
        int day = encodedDay > WOMEN_DAY_OFFSET ? encodedDay - WOMEN_DAY_OFFSET : encodedDay;
        if (!possibleBirthDay(Integer.parseInt(value.substring(8, 10)), day,
                Integer.parseInt(value.substring(10, 12)))) {
            return Optional.of(Flaw.IMPOSSIBLE_BIRTH_DATE);
        }
        if ("0000".equals(value.substring(12))) {
            return Optional.of(Flaw.ZERO_SERIAL);
        }
        return Optional.empty();
    }

    /**
     * 29 February needs a leap year. 2000 + yy has the same leap-ness as 19yy, except 1900, which no living person
     * was born in.
     */
    private static boolean possibleBirthDay(int month, int day, int twoDigitYear) {
        try {
            return MonthDay.of(month, day).isValidYear(2000 + twoDigitYear);
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Province and regency, e.g. {@code 3215} for Kabupaten Karawang. */
    public String regencyCode() {
        return province + regency;
    }

    /** The kecamatan of first issue as the 6-digit code used in the kecamatan catalogue. */
    public String kecamatanCode() {
        return province + regency + kecamatan;
    }

    /** True if the NIK carries this birth date (day, month, last two digits of the year). */
    public boolean carriesBirthDate(LocalDate date) {
        return date != null && birthDay.equals(MonthDay.from(date)) && twoDigitYear == date.getYear() % 100;
    }

    /** The birth date as the NIK writes it, {@code dd-MM-yy}, for messages to staff. */
    public String birthDateAsWritten() {
        return String.format("%02d-%02d-%02d", birthDay.getDayOfMonth(), birthDay.getMonthValue(), twoDigitYear);
    }

    @Override
    public String toString() {
        return "Nik[region " + regencyCode() + "]";
    }
}
