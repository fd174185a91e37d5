package id.infoloker.account.registration;

import id.infoloker.identity.Npwp;

/**
 * What registration does with an NPWP, read by the platform's one reader ({@link Npwp}): accepts either form, stored
 * as digits only, and refuses anything else, so a company does not get verified with someone else's tax number by a
 * typo (the check digit catches it).
 */
public final class NpwpPolicy {

    public enum Outcome {
        VALID,
        /** Neither 15 nor 16 digits (after dropping separators). */
        WRONG_LENGTH,
        /** The check digit fails (old form, or new form with a leading 0), or a 16-digit NIK form is no NIK. */
        NOT_A_NUMBER_ISSUED
    }

    /** @param digits the NPWP as digits only, when {@code outcome} is VALID */
    public record Decision(Outcome outcome, String digits) {

        public boolean accepted() {
            return outcome == Outcome.VALID;
        }
    }

    public static Decision assess(String input) {
        Npwp.Reading reading = Npwp.read(input);
        if (reading.valid()) {
            return new Decision(Outcome.VALID, reading.digits());
        }
        return new Decision(reading.flaw() == Npwp.Flaw.WRONG_LENGTH ? Outcome.WRONG_LENGTH
                : Outcome.NOT_A_NUMBER_ISSUED, null);
    }

    private NpwpPolicy() {
    }
}
