package id.infoloker.account.ak1;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param issueOnVerification issue the card as soon as a job seeker is verified (true), or only when they ask (false)
 * @param numberPrefix        the office's prefix in card numbers, e.g. the regency's code 3215 for Karawang
 * @param officeName          printed on the card
 * @param portalBaseUrl       the portal's public address; the card's QR code opens {@code <portal>/ak1/<code>}
 */
@ConfigurationProperties("infoloker.ak1")
public record Ak1Properties(
        @DefaultValue("true") boolean issueOnVerification,
        @DefaultValue("3215") String numberPrefix,
        @DefaultValue("Dinas Tenaga Kerja dan Transmigrasi Kabupaten Karawang") String officeName,
        @DefaultValue("http://localhost:8080") URI portalBaseUrl) {

    public URI verificationUrl(String code) {
        String base = portalBaseUrl.toString().replaceAll("/+$", "");
        return URI.create(base + "/ak1/" + code);
    }
}
