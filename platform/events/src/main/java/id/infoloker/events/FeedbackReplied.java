package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/** The office replied to feedback a signed-in person sent: notification-service tells them the reply. */
public record FeedbackReplied(
        UUID feedbackId,
        UUID accountId,
        String category,
        String reply,
        Instant repliedAt) {
}
