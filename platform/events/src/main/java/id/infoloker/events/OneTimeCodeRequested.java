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
        Instant requestedAt) {

    public static final String PASSWORD_RESET = "PASSWORD_RESET";
    public static final String CONTACT_CONFIRMATION = "CONTACT_CONFIRMATION";
    public static final String EMAIL = "EMAIL";
    public static final String SMS = "SMS";

    /** Neither the code nor the address ever reaches a log line. */
    @Override
    public String toString() {
        return "OneTimeCodeRequested[accountId=" + accountId + ", purpose=" + purpose + ", channel=" + channel + "]";
    }
}
