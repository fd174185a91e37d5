package id.infoloker.account.recovery;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record PasswordResetConfirmation(
        @NotBlank @Size(max = 254) String username,
        @NotBlank @Pattern(regexp = "\\d{6}") String code,
        @NotBlank @Size(max = 200) String newPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[<hidden>]";
    }
}
