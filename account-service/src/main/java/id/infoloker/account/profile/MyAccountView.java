package id.infoloker.account.profile;

import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the owner sees of their own account, including their full NIK. {@code nextStep} is a sentence in the
 * caller's language; {@code jobSeeker} and {@code employer} are null for other account types.
 */
public record MyAccountView(
        UUID id,
        AccountType type,
        String fullName,
        String email,
        String phone,
        String preferredLanguage,
        AccountStatus status,
        String statusReasonCode,
        String statusNote,
        List<String> documentsToRedo,
        Instant statusChangedAt,
        String nextStep,
        Instant registeredAt,
        JobSeeker jobSeeker,
        Employer employer) {

    public record JobSeeker(String nik, String birthPlace, LocalDate birthDate, String sex, String address,
                            String kecamatanCode, String kecamatanName, String education) {

        @Override
        public String toString() {
            return "JobSeeker[kecamatanCode=" + kecamatanCode + "]";
        }
    }

    public record Employer(String companyName, String nib, String npwp, String address, String kecamatanCode,
                           String kecamatanName, String contactPerson) {
    }
}
