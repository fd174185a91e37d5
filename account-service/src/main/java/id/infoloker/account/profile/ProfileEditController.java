package id.infoloker.account.profile;

import id.infoloker.account.accounts.Education;
import id.infoloker.kit.openapi.ApiProblem;
import id.infoloker.kit.security.AuthenticatedAccount;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ProfileEditController {

    record ProfileChange(@NotBlank @Size(max = 500) String address,
                         @NotBlank @Pattern(regexp = "\\d{6}") String kecamatanCode,
                         @NotNull Education education) {

        @Override
        public String toString() {
            return "ProfileChange[kecamatanCode=" + kecamatanCode + ", education=" + education + "]";
        }
    }

    private final ProfileEdits edits;
    private final AccountViews views;

    ProfileEditController(ProfileEdits edits, AccountViews views) {
        this.edits = edits;
        this.views = views;
    }

    /** JOB_SEEKER only (AccountAccessRules); answers the account as {@code GET /api/accounts/me} does. */
    @Operation(operationId = "changeMyProfile", summary = "Change my address and education (job seeker)")
    @ApiResponse(responseCode = "200", description = "My account as `GET /api/accounts/me` answers it.")
    @ApiProblem(status = 400, codes = "unknown-kecamatan")
    @ApiProblem(status = 404, codes = "account-not-found")
    @PutMapping("/api/accounts/me/profile")
    MyAccountView change(AuthenticatedAccount caller, @Valid @RequestBody ProfileChange change) {
        edits.change(caller.id(), change.address(), change.kecamatanCode(), change.education());
        return views.of(caller.id(), NikVisibility.Level.FULL).orElseThrow();
    }
}
