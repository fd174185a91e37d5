package id.infoloker.verification.checks;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param regencyCode the four-digit BPS code of the regency the platform serves (NIK digits 1–4)
 * @param regencyName its name, for the check messages
 */
@ConfigurationProperties("infoloker.verification.checks")
public record CheckProperties(@DefaultValue("3215") String regencyCode,
                              @DefaultValue("Kabupaten Karawang") String regencyName) {
}
