package id.infoloker.vacancy.vacancies;

/**
 * DRAFT → PUBLISHED → CLOSED; a vacancy whose text looks like a fee scam waits in NEEDS_REVIEW for an administrator
 * (on publishing, and again when a published one is edited). HIDDEN: published, but its employer is suspended — out of
 * search and detail, back to PUBLISHED when the suspension is lifted.
 */
public enum VacancyStatus {
    DRAFT, NEEDS_REVIEW, PUBLISHED, HIDDEN, CLOSED
}
