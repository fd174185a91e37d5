package id.infoloker.vacancy.applications;

/** Why an employer turns an application down; the job seeker reads the label in their language. */
public enum RejectionReason {
    QUALIFICATION_NOT_MET, EXPERIENCE_NOT_MET, DOCUMENTS_INCOMPLETE, DID_NOT_ATTEND_INTERVIEW, INTERVIEW_NOT_PASSED,
    POSITION_FILLED, OTHER
}
