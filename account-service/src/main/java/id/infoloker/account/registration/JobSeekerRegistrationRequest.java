package id.infoloker.account.registration;

import id.infoloker.account.accounts.Education;
import id.infoloker.account.accounts.Sex;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A job seeker's registration. Only these fields are read: anything else in the JSON (status, role, verified, ...)
 * is ignored, so a client cannot register itself as verified or as staff.
 */
public record JobSeekerRegistrationRequest(
        @NotBlank @Size(max = 150) String fullName,
        @NotBlank @Pattern(regexp = "\\d{16}") String nik,
        @NotBlank @Size(max = 100) String birthPlace,
        @NotNull @Past LocalDate birthDate,
        @NotNull Sex sex,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @IndonesianPhoneNumber String phone,
        @NotBlank @Size(min = 8, max = 72) String password,
        @NotBlank @Size(max = 500) String address,
        @NotBlank @Pattern(regexp = "\\d{6}") String kecamatanCode,
        @NotNull Education education,
        @NotNull @AssertTrue Boolean consent,
        @Pattern(regexp = "id|en") String preferredLanguage,
        @Size(max = 40) String consentVersion) {

    public JobSeekerRegistrationRequest {
        // Stray spaces from copy-paste or mobile keyboards are not worth a refusal.
        email = email == null ? null : email.strip();
        nik = nik == null ? null : nik.strip();
    }

    /** Never print the NIK or the password, should the request ever end up in a log line or exception message. */
    @Override
    public String toString() {
        return "JobSeekerRegistrationRequest[kecamatanCode=" + kecamatanCode + ", education=" + education + "]";
    }
}
