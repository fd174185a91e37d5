package id.infoloker.verification.checks;

/** The automatic checks a case can carry. */
public enum CheckCode {
    NIK_STRUCTURE, NIK_BIRTH_DATA, NIK_REGION, NIK_DUPLICATE, REQUIRED_DOCUMENTS, NPWP_CHECK_DIGIT, NIB_FORMAT
}
