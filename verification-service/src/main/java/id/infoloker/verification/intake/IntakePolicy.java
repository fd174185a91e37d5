package id.infoloker.verification.intake;

import id.infoloker.events.AccountType;

/** Which registrations need a verifier: people and companies who registered themselves, never staff accounts. */
final class IntakePolicy {

    static boolean needsVerification(AccountType type) {
        return type == AccountType.JOB_SEEKER || type == AccountType.EMPLOYER;
    }

    private IntakePolicy() {
    }
}
