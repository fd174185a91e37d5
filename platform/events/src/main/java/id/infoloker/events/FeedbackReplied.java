package id.infoloker.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The office replied to feedback a signed-in person sent: notification-service tells them the reply.
 *
 * <p>On Kafka {@code reply} (free text to the person, which may name them) is {@code null} and travels only inside
 * {@code personalData}, sealed with the person's key like {@link AccountRegistered}'s.
 */
public record FeedbackReplied(
        UUID feedbackId,
        UUID accountId,
        String category,
        String reply,
        Instant repliedAt,
        String personalData) {

    /** A reply in the clear (before sealing, or after opening). */
    public FeedbackReplied(UUID feedbackId, UUID accountId, String category, String reply, Instant repliedAt) {
        this(feedbackId, accountId, category, reply, repliedAt, null);
    }

    /** What is sealed. */
    public record Personal(String reply) {
    }

    public Personal personal() {
        return new Personal(reply);
    }

    public FeedbackReplied sealedAs(String sealed) {
        return new FeedbackReplied(feedbackId, accountId, category, null, repliedAt, sealed);
    }

    public FeedbackReplied openedWith(Personal personal) {
        return new FeedbackReplied(feedbackId, accountId, category, personal.reply(), repliedAt, null);
    }
}
