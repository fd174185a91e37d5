package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A one-time code to deliver to one address: to reset a forgotten password (sent to the account's own e-mail and
 * phone) or to confirm a new e-mail address or phone number (sent to the new address only). The code travels in
 * the event because notification-service must write it into the message; account-service keeps only its hash, the
 * code dies {@code expiresAt} (10 minutes), and the topic's retention is short. Consumers must never log the payload,
 * the code or the recipient.
 *
 * @param purpose   {@code PASSWORD_RESET} or {@code CONTACT_CONFIRMATION}
 * @param channel   {@code EMAIL} or {@code SMS} (SMS/WhatsApp)
 * @param recipient the e-mail address or the phone number (E.164) to send the code to
 *
 * <p>On Kafka {@code recipient}, {@code code} and {@code displayName} are {@code null}: they travel only inside
 * {@code personalData}, sealed with the person's key like {@link AccountRegistered}'s, so an erasure leaves no readable
 * address on the topic or its {@code .dlt}.
 */
public record OneTimeCodeRequested(
        UUID accountId,
        String purpose,
        String channel,
        String recipient,
        String code,
        String preferredLanguage,
        String displayName,
        Instant expiresAt,
        Instant requestedAt,
        String personalData) {

    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String CONTACT_CONFIRMATION = "CONTACT_CONFIRMATION";
    public static final String EMAIL = "EMAIL";
    public static final String SMS = "SMS";

    /** An event with its personal fields in the clear (before sealing, or after opening). */
    public OneTimeCodeRequested(UUID accountId, String purpose, String channel, String recipient, String code,
                                String preferredLanguage, String displayName, Instant expiresAt, Instant requestedAt) {
        this(accountId, purpose, channel, recipient, code, preferredLanguage, displayName, expiresAt, requestedAt, null);
    }

    /** What is sealed: the address, the code and the name the message greets. */
    public record Personal(String recipient, String code, String displayName) {

        @Override
        public String toString() {
            return "Personal[<personal data hidden>]";
        }
    }

    public Personal personal() {
        return new Personal(recipient, code, displayName);
    }

    public OneTimeCodeRequested sealedAs(String sealed) {
        return new OneTimeCodeRequested(accountId, purpose, channel, null, null, preferredLanguage, null, expiresAt,
                requestedAt, sealed);
    }

    public OneTimeCodeRequested openedWith(Personal personal) {
        return new OneTimeCodeRequested(accountId, purpose, channel, personal.recipient(), personal.code(),
                preferredLanguage, personal.displayName(), expiresAt, requestedAt, null);
    }

    /** Neither the code nor the address ever reaches a log line. */
    @Override
    public String toString() {
        return "OneTimeCodeRequested[accountId=" + accountId + ", purpose=" + purpose + ", channel=" + channel + "]";
    }
}
