package id.infoloker.account.registration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A company's registration. NIB and NPWP may be typed with the dots, dashes and spaces printed on the documents; they
 * are checked and stored as digits by {@link NibPolicy} and {@link NpwpPolicy}. As with job seekers, only these
 * fields are read: status, role, verified, ... in the JSON are ignored.
 *
 * @param phone the contact person's mobile number (the office reaches employers by SMS/WhatsApp too)
 */
public record EmployerRegistrationRequest(
        @NotBlank @Size(max = 200) String companyName,
        @NotBlank @Size(max = 40) String nib,
        @NotBlank @Size(max = 40) String npwp,
        @NotBlank @Size(max = 500) String address,
        @NotBlank @Pattern(regexp = "\\d{6}") String kecamatanCode,
        @NotBlank @Size(max = 150) String contactPerson,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @IndonesianPhoneNumber String phone,
        @NotBlank @Size(min = 8, max = 72) String password,
        @NotNull @AssertTrue Boolean consent,
        @Pattern(regexp = "id|en") String preferredLanguage,
        @Size(max = 40) String consentVersion) {

    public EmployerRegistrationRequest {
        email = email == null ? null : email.strip();
    }

    @Override
    public String toString() {
        return "EmployerRegistrationRequest[kecamatanCode=" + kecamatanCode + "]";
    }
}
