package id.infoloker.web.reference;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The regency the portal serves: its kecamatan list (the same file account-service validates against) and the names
 * used in search engines' job locations.
 */
@ConfigurationProperties("infoloker.regency")
public record RegencyProperties(Resource kecamatanFile, String name, String province) {
}
