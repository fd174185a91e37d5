package id.infoloker.web.registration;

/**
 * The company's registration form as typed: strings throughout, so that whatever was typed comes back on the page
 * when account-service refuses it. The password is never put back into a page.
 */
public record EmployerRegistrationForm(String companyName, String nib, String npwp, String address,
                                       String kecamatanCode, String contactPerson, String email, String phone,
                                       String password, String consent) {

    public static final EmployerRegistrationForm EMPTY =
            new EmployerRegistrationForm("", "", "", "", "", "", "", "", "", "");

    public boolean consented() {
        return consent != null && !consent.isBlank();
    }

    public EmployerRegistrationForm withoutPassword() {
        return new EmployerRegistrationForm(companyName, nib, npwp, address, kecamatanCode, contactPerson, email,
                phone, "", consent);
    }

    /** A company signs in with its e-mail address (always asked for), or the contact person's phone. */
    public String username() {
        return email != null && !email.isBlank() ? email.strip() : phone == null ? "" : phone.strip();
    }

    @Override
    public String toString() {
        return "EmployerRegistrationForm[kecamatanCode=" + kecamatanCode + "]";
    }
}
