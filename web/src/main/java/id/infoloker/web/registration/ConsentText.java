package id.infoloker.web.registration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The version of the consent text the registration page shows (the text itself is {@code registration.consent.*} in
 * the registration bundle). It is the same setting, with the same default, as account-service's
 * {@code infoloker.consent.version}: account-service stores it with the account, and refuses a registration naming an
 * older version (409 consent-outdated). Change the text and both settings together.
 */
@Component
public class ConsentText {

    private final String version;

    ConsentText(@Value("${infoloker.consent.version:2026-09-01}") String version) {
        this.version = version;
    }

    public String version() {
        return version;
    }
}
