package id.infoloker.account.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param username the account's email address or mobile number (any common spelling)
 * @param totpCode staff with a second factor: the authenticator app's current 6-digit code
 * @param newPassword when the password is a temporary one an ADMIN set: the one replacing it
 */
public record LoginRequest(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 200) String password,
                           @Size(max = 20) String totpCode, @Size(max = 200) String newPassword) {

    @Override
    public String toString() {
        return "LoginRequest[password=<hidden>]";
    }
}
