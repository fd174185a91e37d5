package id.infoloker.account.auth;

import id.infoloker.kit.openapi.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TokenController {

    private final TokenService tokens;

    TokenController(TokenService tokens) {
        this.tokens = tokens;
    }

    @Operation(operationId = "signIn", summary = "Sign in with email or phone number and password",
            description = "Answers an access token (15 minutes) and a refresh token; never cached. Staff with a "
                    + "second factor send `totpCode` too; staff signing in with a temporary password send "
                    + "`newPassword` too. Wrong passwords slow the client down (429 with `Retry-After`).")
    @ApiResponse(responseCode = "200", description = "Signed in.")
    @ApiProblem(status = 400, codes = {"password-unchanged", "password-length", "password-common"})
    @ApiProblem(status = 401, codes = {"invalid-credentials", "second-factor-required", "second-factor-invalid",
            "second-factor-enrolment-required"})
    @ApiProblem(status = 403, codes = {"account-suspended", "password-change-required"})
    @ApiProblem(status = 429, codes = "too-many-attempts")
    @PostMapping("/api/auth/token")
    ResponseEntity<TokenResponse> token(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return noStore(tokens.login(request, ClientAddress.of(http)));
    }

    @Operation(operationId = "refreshToken", summary = "Exchange a refresh token for a new token pair",
            description = "The refresh token rotates: use the new one next time. A used one coming back ends the whole "
                    + "session (every token of its family).")
    @ApiResponse(responseCode = "200", description = "New access and refresh tokens.")
    @ApiProblem(status = 401, codes = "invalid-refresh-token")
    @ApiProblem(status = 403, codes = "account-suspended")
    @PostMapping("/api/auth/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return noStore(tokens.refresh(request));
    }

    /** Always 204, whether or not the token was known: nothing to learn from it. */
    @Operation(operationId = "signOut", summary = "Sign out: revoke a refresh token and its session")
    @ApiResponse(responseCode = "204", description = "Signed out (also when the token was unknown).")
    @PostMapping("/api/auth/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        tokens.logout(request);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<TokenResponse> noStore(TokenResponse body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
