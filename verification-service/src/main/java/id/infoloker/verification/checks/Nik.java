package id.infoloker.verification.checks;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A NIK read by its structure: PPKKCC DDMMYY SSSS — province, regency, kecamatan, day of birth (plus 40 for women),
 * month, two-digit year, serial. No {@code toString} with the number: it must not reach a log.
 */
record Nik(String regencyCode, String kecamatanCode, int day, int month, int twoDigitYear, boolean female,
           String serial) {

    /** The structure of {@code value}, or empty if it is not 16 digits. Dates are not validated here. */
    static Optional<Nik> parse(String value) {
        if (value == null || !value.matches("\\d{16}")) {
            return Optional.empty();
        }
        int rawDay = Integer.parseInt(value.substring(6, 8));
        boolean female = rawDay > 40;
        return Optional.of(new Nik(value.substring(0, 4), value.substring(0, 6), female ? rawDay - 40 : rawDay,
                Integer.parseInt(value.substring(8, 10)), Integer.parseInt(value.substring(10, 12)), female,
                value.substring(12)));
    }

    /** True if day and month form a date in some year ending in the two digits (29 February included). */
    boolean hasPlausibleBirthDate() {
        for (int century : new int[] {1900, 2000}) {
            try {
                LocalDate.of(century + twoDigitYear, month, day);
                return true;
            } catch (DateTimeException notADate) {
                // try the other century
            }
        }
        return false;
    }

    String birthDateAsWritten() {
        return String.format("%02d-%02d-%02d", day, month, twoDigitYear);
    }
}
