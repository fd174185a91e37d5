package id.infoloker.verification.feedback;

/** What the feedback is about; the office counts them per category in its monthly report. */
public enum FeedbackCategory {
    /** Something does not work (a page, an upload, a message that never came). */
    PROBLEM,
    /** An idea to make the service better. */
    SUGGESTION,
    /** A question about the service or the rules. */
    QUESTION,
    /** A complaint about a vacancy, an employer or the office's service. */
    COMPLAINT
}
