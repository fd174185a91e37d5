package id.infoloker.web.registration;

/**
 * The registration form as typed: strings throughout, so that whatever was typed comes back on the page when
 * account-service refuses it (its rules are the only rules; web does not repeat them). The password is never put
 * back into a page.
 */
public record RegistrationForm(String fullName, String nik, String birthPlace, String birthDate, String sex,
                               String email, String phone, String password, String address, String kecamatanCode,
                               String education, String consent) {

    public static final RegistrationForm EMPTY = new RegistrationForm("", "", "", "", "", "", "", "", "", "", "", "");

    public boolean consented() {
        return consent != null && !consent.isBlank();
    }

    /** What the page shows again after a refusal: everything but the password. */
    public RegistrationForm withoutPassword() {
        return new RegistrationForm(fullName, nik, birthPlace, birthDate, sex, email, phone, "", address,
                kecamatanCode, education, consent);
    }

    /** The e-mail address to sign in with right after registering (the phone when no e-mail was given). */
    public String username() {
        return email != null && !email.isBlank() ? email.strip() : phone == null ? "" : phone.strip();
    }

    @Override
    public String toString() {
        return "RegistrationForm[kecamatanCode=" + kecamatanCode + ", education=" + education + "]";
    }
}
