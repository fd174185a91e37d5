package id.infoloker.account.registration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/** @param kecamatanFile the regency's kecamatan list (TSV: code, name) */
@ConfigurationProperties("infoloker.regency")
public record RegencyProperties(@DefaultValue("classpath:regency/karawang-kecamatan.tsv") Resource kecamatanFile) {
}
