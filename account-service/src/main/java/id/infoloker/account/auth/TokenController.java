package id.infoloker.account.auth;

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

    @PostMapping("/api/auth/token")
    ResponseEntity<TokenResponse> token(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return noStore(tokens.login(request, ClientAddress.of(http)));
    }

    @PostMapping("/api/auth/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request) {
        return noStore(tokens.refresh(request));
    }

    /** Always 204, whether or not the token was known: nothing to learn from it. */
    @PostMapping("/api/auth/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        tokens.logout(request);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<TokenResponse> noStore(TokenResponse body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
