package id.infoloker.account.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param version the version of the consent text (stated purpose of processing) the clients currently show; stored
 *                with every new account. Change it whenever the text changes.
 */
@ConfigurationProperties("infoloker.consent")
public record ConsentProperties(@DefaultValue("2026-09-01") String version) {

    /**
     * The version a registration agrees to: the current one. A client that names an older version showed an outdated
     * text, so the person has not agreed to the current one.
     */
    public String agreedVersion(String claimedByClient) {
        if (claimedByClient != null && !claimedByClient.equals(version)) {
            throw new id.infoloker.kit.problem.ProblemException(org.springframework.http.HttpStatus.CONFLICT,
                    "consent-outdated", version).onField("consentVersion").with("currentConsentVersion", version);
        }
        return version;
    }
}
