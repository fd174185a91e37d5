package id.infoloker.account.keys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public signing key(s), for the gateway and every other service to verify tokens. */
@RestController
class JwksController {

    private final Map<String, Object> jwks;

    JwksController(SigningKey key) {
        this.jwks = key.publicJwkSet().toJSONObject(true);
    }

    @Operation(operationId = "signingKeys", summary = "Public keys that verify access tokens (JWKS)")
    @ApiResponse(responseCode = "200", description = "JSON Web Key Set; cacheable for 5 minutes.")
    @GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(jwks);
    }
}
