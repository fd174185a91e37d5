package id.infoloker.vacancy.moderation;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Principal;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who is reporting, for the rate limit only: a signed-in account by its id; an anonymous client by a keyed hash
 * (HMAC-SHA256) of its address, so no address is stored and the hash cannot be reversed by trying all addresses without
 * the key. The address is the last hop of X-Forwarded-For, which the gateway appends (a client can put anything in
 * front, not behind it), or else the connection's.
 */
@Component
class ReporterKeys {

    static final String DEVELOPMENT_KEY = "infoloker-development-only";
    private static final Logger log = LoggerFactory.getLogger(ReporterKeys.class);

    private final SecretKeySpec key;

    ReporterKeys(@Value("${infoloker.moderation.reports.address-key:" + DEVELOPMENT_KEY + "}") String key) {
        if (DEVELOPMENT_KEY.equals(key)) {
            log.warn("infoloker.moderation.reports.address-key is the development value: set a random secret per "
                    + "installation (Kubernetes: Secret infoloker-moderation)");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    String of(Principal principal, HttpServletRequest request) {
        if (principal != null) {
            return "account:" + principal.getName();
        }
        return "address:" + hash(clientAddress(request));
    }

    static String clientAddress(HttpServletRequest request) {
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && !forwarded.isBlank()) {
            String[] hops = forwarded.split(",");
            return hops[hops.length - 1].strip();
        }
        return request.getRemoteAddr();
    }

    private String hash(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(address.getBytes(StandardCharsets.UTF_8)), 0, 24);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
