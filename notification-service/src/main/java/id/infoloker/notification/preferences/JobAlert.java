package id.infoloker.notification.preferences;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A saved search: new vacancies matching every given criterion are announced; a null criterion matches anything.
 *
 * @param kecamatanCode  6-digit Kemendagri code, e.g. 321503
 * @param education      the person's level (SD … S3): vacancies asking for it or less match
 * @param employmentType e.g. PKWT, PKWTT, HARIAN, MAGANG
 */
public record JobAlert(
        @Pattern(regexp = "\\d{6}") String kecamatanCode,
        @Pattern(regexp = "SD|SMP|SMA|SMK|D1|D2|D3|D4|S1|S2|S3") String education,
        @Size(max = 30) String employmentType) {
}
