package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A job seeker asked to correct the identity data a verifier checks (name, NIK, birth place and date, sex). The
 * account is back in PENDING_VERIFICATION; the corrected values apply only once a verifier approves them, so
 * verification needs both sets to compare them with the KTP. Personal data (NIK): consumers must not log payloads.
 *
 * <p>On Kafka {@code previous} and {@code corrected} are {@code null} and travel only inside {@code personalData},
 * sealed with the person's key like {@link AccountRegistered}'s.
 *
 * @param reasonCode always {@code KOREKSI_DATA} ("koreksi data") for now
 */
public record AccountIdentityCorrectionRequested(
        UUID accountId,
        AccountType accountType,
        Identity previous,
        Identity corrected,
        String reasonCode,
        Instant requestedAt,
        String personalData) {

    public static final String KOREKSI_DATA = "KOREKSI_DATA";

    /** An event with its personal fields in the clear (before sealing, or after opening). */
    public AccountIdentityCorrectionRequested(UUID accountId, AccountType accountType, Identity previous,
                                              Identity corrected, String reasonCode, Instant requestedAt) {
        this(accountId, accountType, previous, corrected, reasonCode, requestedAt, null);
    }

    /** What is sealed: both identities. */
    public record Personal(Identity previous, Identity corrected) {

        @Override
        public String toString() {
            return "Personal[<personal data hidden>]";
        }
    }

    public Personal personal() {
        return new Personal(previous, corrected);
    }

    public AccountIdentityCorrectionRequested sealedAs(String sealed) {
        return new AccountIdentityCorrectionRequested(accountId, accountType, null, null, reasonCode, requestedAt,
                sealed);
    }

    public AccountIdentityCorrectionRequested openedWith(Personal personal) {
        return new AccountIdentityCorrectionRequested(accountId, accountType, personal.previous(),
                personal.corrected(), reasonCode, requestedAt, null);
    }

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
