package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A job seeker asked to correct the identity data a verifier checks (name, NIK, birth place and date, sex). The
 * account is back in PENDING_VERIFICATION; the corrected values apply only once a verifier approves them, so
 * verification needs both sets to compare them with the KTP. Personal data (NIK): consumers must not log payloads.
 *
 * @param reasonCode always {@code KOREKSI_DATA} ("koreksi data") for now
 */
public record AccountIdentityCorrectionRequested(
        UUID accountId,
        AccountType accountType,
        Identity previous,
        Identity corrected,
        String reasonCode,
        Instant requestedAt) {

    public static final String KOREKSI_DATA = "KOREKSI_DATA";

    public record Identity(String fullName, String nik, String birthPlace, LocalDate birthDate, String sex) {

        @Override
        public String toString() {
            return "Identity[<personal data hidden>]";
        }
    }

    @Override
    public String toString() {
        return "AccountIdentityCorrectionRequested[accountId=" + accountId + "]";
    }
}
