package id.infoloker.account.shredding;

import id.infoloker.kit.privacy.PrivacyProperties;
import id.infoloker.kit.privacy.RemotePersonalDataKeys;
import id.infoloker.kit.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Keys for the other services' consumers ({@code RemotePersonalDataKeys}): only with the services' shared secret,
 * never through the gateway (it routes {@code /api/**} and the portal only). Erased accounts are simply absent.
 */
@RestController
class PersonalDataKeyController {

    private static final int MOST_PER_CALL = 500;

    private final PersonalDataVault vault;
    private final byte[] serviceSecret;

    PersonalDataKeyController(PersonalDataVault vault, PrivacyProperties properties) {
        this.vault = vault;
        this.serviceSecret = properties.serviceSecret() == null ? null
                : properties.serviceSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/internal/personal-data-keys")
    ResponseEntity<RemotePersonalDataKeys.KeysAnswer> keys(
            @RequestHeader(name = PrivacyProperties.SERVICE_SECRET_HEADER, required = false) String secret,
            @RequestBody RemotePersonalDataKeys.KeysRequest request) {
        if (serviceSecret == null || secret == null
                || !MessageDigest.isEqual(serviceSecret, secret.getBytes(StandardCharsets.UTF_8))) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "unauthorized");
        }
        if (request.accountIds() == null || request.accountIds().size() > MOST_PER_CALL) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "invalid-input", "accountIds (1-500)")
                    .onField("accountIds");
        }
        Map<UUID, String> keys = new HashMap<>();
        vault.keysOf(request.accountIds())
                .forEach((id, key) -> keys.put(id, Base64.getEncoder().encodeToString(key.getEncoded())));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(new RemotePersonalDataKeys.KeysAnswer(keys));
    }
}
