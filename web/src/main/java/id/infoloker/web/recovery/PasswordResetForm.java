package id.infoloker.web.recovery;

/** What the two "Lupa kata sandi" forms send. The code and the password are never put back into a page. */
public record PasswordResetForm(String username, String code, String newPassword) {

    String trimmedUsername() {
        return username == null ? "" : username.strip();
    }

    /** A code typed with spaces ("482 913") or copied with a trailing newline still counts. */
    String digitsOfCode() {
        return code == null ? "" : code.replaceAll("\\s", "");
    }

    @Override
    public String toString() {
        return "PasswordResetForm[<hidden>]";
    }
}
