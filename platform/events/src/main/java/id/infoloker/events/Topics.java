package id.infoloker.events;

import java.util.List;

/**
 * Topic names, {@code <aggregate>.<event>.v<N>}. Records are keyed by the aggregate id so one aggregate's events stay
 * ordered on one partition. Every consumed topic has a {@link #deadLetterOf(String) dead-letter topic}.
 */
public final class Topics {

    public static final String ACCOUNT_REGISTERED = "account.registered.v1";
    public static final String ACCOUNT_DOCUMENTS_SUBMITTED = "account.documents-submitted.v1";
    public static final String ACCOUNT_STATUS_CHANGED = "account.status-changed.v1";
    public static final String ACCOUNT_ONE_TIME_CODE_REQUESTED = "account.one-time-code-requested.v1";
    public static final String ACCOUNT_CONTACT_CHANGED = "account.contact-changed.v1";
    public static final String ACCOUNT_IDENTITY_CORRECTION_REQUESTED = "account.identity-correction-requested.v1";
    public static final String VERIFICATION_DECIDED = "verification.decided.v1";
    public static final String VACANCY_PUBLISHED = "vacancy.published.v1";
    public static final String VACANCY_CLOSED = "vacancy.closed.v1";
    public static final String VACANCY_REPORTED = "vacancy.reported.v1";
    public static final String APPLICATION_SUBMITTED = "application.submitted.v1";
    public static final String APPLICATION_STATUS_CHANGED = "application.status-changed.v1";
    public static final String ACCESS_REVOKED = "account.access-revoked.v1";
    public static final String AK1_REPORT_DUE = "ak1.report-due.v1";
    public static final String FEEDBACK_REPLIED = "feedback.replied.v1";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(
            ACCOUNT_REGISTERED, ACCOUNT_DOCUMENTS_SUBMITTED, ACCOUNT_STATUS_CHANGED, VERIFICATION_DECIDED,
            VACANCY_PUBLISHED, VACANCY_CLOSED, APPLICATION_SUBMITTED, APPLICATION_STATUS_CHANGED, ACCESS_REVOKED,
            ACCOUNT_ONE_TIME_CODE_REQUESTED, ACCOUNT_CONTACT_CHANGED, ACCOUNT_IDENTITY_CORRECTION_REQUESTED,
            AK1_REPORT_DUE, FEEDBACK_REPLIED, VACANCY_REPORTED);

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The record type carried by a topic; used by contract tests and by consumers that read the raw payload. */
    public static Class<?> payloadTypeOf(String topic) {
        return switch (topic) {
            case ACCOUNT_REGISTERED -> AccountRegistered.class;
            case ACCOUNT_DOCUMENTS_SUBMITTED -> AccountDocumentsSubmitted.class;
            case ACCOUNT_STATUS_CHANGED -> AccountStatusChanged.class;
            case ACCOUNT_ONE_TIME_CODE_REQUESTED -> OneTimeCodeRequested.class;
            case ACCOUNT_CONTACT_CHANGED -> AccountContactChanged.class;
            case ACCOUNT_IDENTITY_CORRECTION_REQUESTED -> AccountIdentityCorrectionRequested.class;
            case VERIFICATION_DECIDED -> VerificationDecided.class;
            case VACANCY_PUBLISHED -> VacancyPublished.class;
            case VACANCY_CLOSED -> VacancyClosed.class;
            case VACANCY_REPORTED -> VacancyReported.class;
            case APPLICATION_SUBMITTED -> ApplicationSubmitted.class;
            case APPLICATION_STATUS_CHANGED -> ApplicationStatusChanged.class;
            case ACCESS_REVOKED -> AccessRevoked.class;
            case AK1_REPORT_DUE -> Ak1ReportDue.class;
            case FEEDBACK_REPLIED -> FeedbackReplied.class;
            default -> throw new IllegalArgumentException("Unknown topic " + topic);
        };
    }

    private Topics() {
    }
}
