package id.infoloker.web.account;

/** The small forms of "Akun saya", as posted. Passwords and codes are never put back into a page. */
public final class AccountForms {

    public record PasswordForm(String currentPassword, String newPassword) {

        @Override
        public String toString() {
            return "PasswordForm[<hidden>]";
        }
    }

    /** A new e-mail address or phone number, and then the code sent to it. */
    public record ContactForm(String value, String code) {

        String trimmedValue() {
            return value == null ? "" : value.strip();
        }

        String digitsOfCode() {
            return code == null ? "" : code.replaceAll("\\s", "");
        }

        @Override
        public String toString() {
            return "ContactForm[<hidden>]";
        }
    }

    public record ProfileForm(String address, String kecamatanCode, String education) {

        static ProfileForm of(AccountApi.MyAccount account) {
            AccountApi.JobSeeker person = account.jobSeeker();
            return new ProfileForm(person.address(), person.kecamatanCode(), person.education());
        }

        @Override
        public String toString() {
            return "ProfileForm[kecamatanCode=" + kecamatanCode + "]";
        }
    }

    private AccountForms() {
    }
}
