package id.infoloker.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An AK/1 card's six-monthly re-report ("lapor") is due: notification-service reminds the holder. Sent once per card
 * and period. Carries the account id and dates only: the card number identifies a person (it is printed on the card
 * next to the name) and the reminder does not need it — the holder reads it on the card and in the portal. Records
 * written before the number was dropped still carry {@code cardNumber}; consumers ignore it as an unknown field.
 */
public record Ak1ReportDue(
        UUID accountId,
        int period,
        LocalDate dueOn,
        Instant remindedAt) {
}
