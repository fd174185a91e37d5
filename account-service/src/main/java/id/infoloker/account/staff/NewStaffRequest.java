package id.infoloker.account.staff;

import id.infoloker.events.AccountType;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An ADMIN's request for a new staff account; {@code type} is VERIFIER or ADMIN. Other JSON fields are ignored. */
public record NewStaffRequest(
        @NotNull AccountType type,
        @NotBlank @Size(max = 150) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(min = 8, max = 72) String password) {

    @Override
    public String toString() {
        return "NewStaffRequest[type=" + type + "]";
    }
}
