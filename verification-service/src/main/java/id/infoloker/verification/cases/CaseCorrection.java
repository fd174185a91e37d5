package id.infoloker.verification.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Why a case was reopened for an identity correction and what the identity was before it; the case itself holds
 * the corrected values. Personal data (NIK): shown to the verifier holding the case only, never logged.
 */
public record CaseCorrection(String reasonCode, String previousName, String previousNik, String previousBirthPlace,
                             LocalDate previousBirthDate, String previousSex, Instant requestedAt) {

    @Override
    public String toString() {
        return "CaseCorrection[reasonCode=" + reasonCode + "]";
    }
}
