package id.infoloker.verification.queue;

/** What a priority rule can look at. */
public enum PriorityCondition {
    /** Companies: one verification unlocks many vacancies. */
    EMPLOYER,
    JOB_SEEKER,
    /** Every automatic check passed: a quick decision. */
    ALL_CHECKS_PASS,
    HAS_WARNING,
    HAS_FAILURE
}
