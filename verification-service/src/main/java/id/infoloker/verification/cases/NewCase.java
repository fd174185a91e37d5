package id.infoloker.verification.cases;

import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a registration tells the case: who, how to reach them, and the identity data the checks and verifier read. */
public record NewCase(UUID accountId, AccountType accountType, String displayName, String kecamatanCode,
                      String email, String phone, String nik, String birthPlace, LocalDate birthDate, String sex,
                      String education, String companyName, String nib, String npwp, String contactPerson,
                      Instant registeredAt) {

    public static NewCase of(AccountRegistered registered) {
        AccountRegistered.JobSeeker person = registered.jobSeeker();
        AccountRegistered.Employer company = registered.employer();
        return new NewCase(registered.accountId(), registered.accountType(), registered.displayName(),
                registered.kecamatanCode(), registered.email(), registered.phone(),
                person == null ? null : person.nik(), person == null ? null : person.birthPlace(),
                person == null ? null : person.birthDate(), person == null ? null : person.sex(),
                person == null ? null : person.education(),
                company == null ? null : company.companyName(), company == null ? null : company.nib(),
                company == null ? null : company.npwp(), company == null ? null : company.contactPerson(),
                registered.registeredAt());
    }

    /** Without the NIK and contacts: a record must not print personal data into a log by accident. */
    @Override
    public String toString() {
        return "NewCase[account " + accountId + ", " + accountType + "]";
    }
}
