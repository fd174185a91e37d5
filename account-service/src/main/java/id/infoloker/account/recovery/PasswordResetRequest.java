package id.infoloker.account.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param username the account's e-mail address or mobile number, as at sign-in */
public record PasswordResetRequest(@NotBlank @Size(max = 254) String username) {

    @Override
    public String toString() {
        return "PasswordResetRequest[username=<hidden>]";
    }
}
