package id.infoloker.account.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** @param username the account's email address or mobile number (any common spelling) */
public record LoginRequest(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 200) String password) {

    @Override
    public String toString() {
        return "LoginRequest[password=<hidden>]";
    }
}
