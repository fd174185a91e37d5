package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A job seeker or employer registered. Exactly one of {@code jobSeeker} and {@code employer} is set, matching
 * {@code accountType}. Carries personal data (NIK) because verification needs it; consumers must not log payloads.
 */
public record AccountRegistered(
        UUID accountId,
        AccountType accountType,
        String displayName,
        String email,
        String phone,
        String preferredLanguage,
        String kecamatanCode,
        JobSeeker jobSeeker,
        Employer employer,
        Instant registeredAt) {

    public record JobSeeker(String nik, String birthPlace, LocalDate birthDate, String sex, String education) {
    }

    public record Employer(String companyName, String nib, String npwp, String contactPerson) {
    }
}
