package id.infoloker.verification.checks;

import id.infoloker.events.AccountType;
import java.time.LocalDate;

/** What the registration said about the person or company, as the checks need it. Never logged (NIK). */
public record Applicant(AccountType accountType, String nik, LocalDate birthDate, String sex, String kecamatanCode,
                        String nib, String npwp) {
}
