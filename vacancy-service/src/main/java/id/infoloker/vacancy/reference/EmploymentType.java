package id.infoloker.vacancy.reference;

import java.util.Arrays;

/** PKWT (fixed term), PKWTT (permanent), MAGANG (internship), HARIAN (daily work). */
public enum EmploymentType {
    PKWT, PKWTT, MAGANG, HARIAN;

    public static boolean isKnown(String code) {
        return Arrays.stream(values()).anyMatch(type -> type.name().equals(code));
    }
}
