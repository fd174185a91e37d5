package id.infoloker.verification.feedback;

import id.infoloker.kit.problem.Refusal;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One piece of feedback and its triage: NEW → IN_PROGRESS → DONE (a finished item may be reopened). Staff keep an
 * internal note; a reply reaches the person through notifications, so only signed-in feedback can be replied to.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    public enum Status { NEW, IN_PROGRESS, DONE }

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private FeedbackCategory category;
    private String page;
    private String text;
    private byte[] screenshot;
    private String screenshotType;
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String internalNote;
    private String reply;
    private UUID repliedBy;
    private Instant repliedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Feedback() {
    }

    static Feedback received(FeedbackCategory category, String page, String text, Screenshot screenshot,
                             UUID accountId, Instant now) {
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        feedback.category = Objects.requireNonNull(category);
        feedback.page = page;
        feedback.text = Objects.requireNonNull(text);
        if (screenshot != null) {
            feedback.screenshot = screenshot.bytes();
            feedback.screenshotType = screenshot.mediaType();
        }
        feedback.accountId = accountId;
        feedback.status = Status.NEW;
        feedback.createdAt = now;
        feedback.updatedAt = now;
        return feedback;
    }

    void moveTo(Status next, Instant now) {
        status = Objects.requireNonNull(next);
        updatedAt = now;
    }

    void note(String note, Instant now) {
        internalNote = note == null || note.isBlank() ? null : note.strip();
        updatedAt = now;
    }

    /** A reply closes the item; the person hears of it through notification-service. */
    void replyWith(String text, UUID staffId, Instant now) {
        if (accountId == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "feedback-anonymous", null);
        }
        reply = text.strip();
        repliedBy = staffId;
        repliedAt = now;
        status = Status.DONE;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public FeedbackCategory category() {
        return category;
    }

    public String page() {
        return page;
    }

    public String text() {
        return text;
    }

    public Optional<Screenshot> screenshot() {
        return screenshot == null ? Optional.empty() : Optional.of(new Screenshot(screenshot, screenshotType));
    }

    public boolean hasScreenshot() {
        return screenshot != null;
    }

    public UUID accountId() {
        return accountId;
    }

    public boolean anonymous() {
        return accountId == null;
    }

    public Status status() {
        return status;
    }

    public String internalNote() {
        return internalNote;
    }

    public String reply() {
        return reply;
    }

    public Instant repliedAt() {
        return repliedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
