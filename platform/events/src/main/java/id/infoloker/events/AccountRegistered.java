package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A job seeker or employer registered. Exactly one of {@code jobSeeker} and {@code employer} is set, matching
 * {@code accountType}.
 *
 * <p>On Kafka the personal fields (name, e-mail, phone, NIK and birth data, company identifiers and contact person)
 * are {@code null}: they travel only inside {@code personalData}, a {@link Personal} encrypted with the person's own
 * key (crypto-shredding, docs/architecture.md "Personal data on Kafka"). A consumer opens it with the service kit's
 * {@code PersonalDataSeals}, which fills the plain fields back in; once the person is erased their key is gone and the
 * event cannot be opened any more, on the topic, its {@code .dlt} or any copy. Consumers must not log payloads.
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
        Instant registeredAt,
        String personalData) {

    /** An event with its personal fields in the clear (before sealing, or after opening). */
    public AccountRegistered(UUID accountId, AccountType accountType, String displayName, String email, String phone,
                             String preferredLanguage, String kecamatanCode, JobSeeker jobSeeker, Employer employer,
                             Instant registeredAt) {
        this(accountId, accountType, displayName, email, phone, preferredLanguage, kecamatanCode, jobSeeker, employer,
                registeredAt, null);
    }

    public record JobSeeker(String nik, String birthPlace, LocalDate birthDate, String sex, String education) {
    }

    public record Employer(String companyName, String nib, String npwp, String contactPerson) {
    }

    /** What is sealed: every field that identifies the person. */
    public record Personal(String displayName, String email, String phone, JobSeeker jobSeeker, Employer employer) {
    }

    public Personal personal() {
        return new Personal(displayName, email, phone, jobSeeker, employer);
    }

    /** This event as it travels: personal fields only inside {@code sealed}. */
    public AccountRegistered sealedAs(String sealed) {
        return new AccountRegistered(accountId, accountType, null, null, null, preferredLanguage, kecamatanCode, null,
                null, registeredAt, sealed);
    }

    /** This event with its personal fields opened again. */
    public AccountRegistered openedWith(Personal personal) {
        return new AccountRegistered(accountId, accountType, personal.displayName(), personal.email(),
                personal.phone(), preferredLanguage, kecamatanCode, personal.jobSeeker(), personal.employer(),
                registeredAt, null);
    }
}
