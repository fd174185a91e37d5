package id.infoloker.verification.feedback;

import id.infoloker.events.FeedbackReplied;
import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.Outbox;
import id.infoloker.kit.privacy.PersonalDataSeals;
import id.infoloker.kit.problem.Refusal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives feedback from the public and carries the office's triage of it; replies go out through the outbox, sealed
 * with the person's key (a reply may name them).
 */
@Service
public class FeedbackInbox {

    private static final Logger log = LoggerFactory.getLogger(FeedbackInbox.class);
    static final int PAGE_SIZE = 100;

    private final FeedbackRepository feedback;
    private final Outbox outbox;
    private final PersonalDataSeals seals;
    private final Clock clock;

    FeedbackInbox(FeedbackRepository feedback, Outbox outbox, PersonalDataSeals seals, Clock clock) {
        this.feedback = feedback;
        this.outbox = outbox;
        this.seals = seals;
        this.clock = clock;
    }

    /**
     * @param screenshot null when none was sent
     * @param sender     null for anonymous feedback
     */
    @Transactional
    public Feedback receive(FeedbackRequest request, Screenshot screenshot, UUID sender) {
        Feedback received = Feedback.received(request.category(), blankToNull(request.page()),
                request.text().strip(), screenshot, sender, Instant.now(clock));
        feedback.save(received);
        // The text may name people or quote a NIK: only its id and category go to the log.
        log.info("Feedback {} received ({}, {})", received.id(), received.category(),
                sender == null ? "anonymous" : "signed in");
        return received;
    }

    @Transactional(readOnly = true)
    public List<Feedback> withStatus(Feedback.Status status) {
        return feedback.findByStatusOrderByCreatedAtAsc(status, Limit.of(PAGE_SIZE));
    }

    @Transactional(readOnly = true)
    public Feedback get(UUID id) {
        return feedback.findById(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "feedback-not-found",
                null));
    }

    @Transactional
    public void move(UUID id, Feedback.Status status) {
        get(id).moveTo(status, Instant.now(clock));
    }

    @Transactional
    public void note(UUID id, String note) {
        get(id).note(note, Instant.now(clock));
    }

    @Transactional
    public void reply(UUID id, String text, UUID staffId) {
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new Refusal(Refusal.Kind.INVALID, "feedback-reply-length", "reply");
        }
        Feedback item = get(id);
        Instant now = Instant.now(clock);
        item.replyWith(text, staffId, now);
        outbox.publish(Topics.FEEDBACK_REPLIED, item.accountId(), seals.seal(new FeedbackReplied(item.id(),
                item.accountId(), item.category().name(), item.reply(), now)));
        log.info("Feedback {} replied by {}", item.id(), staffId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
