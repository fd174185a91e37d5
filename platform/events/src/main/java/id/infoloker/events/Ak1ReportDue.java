package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An AK/1 card's six-monthly re-report ("lapor") is due: notification-service reminds the holder. Sent once per card
 * and period. Carries no personal data beyond the account id; the card number is printed on the holder's own card.
 */
public record Ak1ReportDue(
        UUID accountId,
        String cardNumber,
        int period,
        LocalDate dueOn,
        Instant remindedAt) {
}
