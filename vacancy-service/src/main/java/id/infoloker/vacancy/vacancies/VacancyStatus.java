package id.infoloker.vacancy.vacancies;

/** DRAFT → PUBLISHED → CLOSED; a draft whose text looks like a fee scam waits in NEEDS_REVIEW for an administrator. */
public enum VacancyStatus {
    DRAFT, NEEDS_REVIEW, PUBLISHED, CLOSED
}
