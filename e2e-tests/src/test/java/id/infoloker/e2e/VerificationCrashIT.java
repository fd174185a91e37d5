package id.infoloker.e2e;

import org.junit.jupiter.api.Test;

/**
 * Fault drill: verification-service is killed with SIGKILL while it may still be draining the intake backlog, then
 * restarted. Its uncommitted offsets are redelivered; the inbox and the case's unique key make the redelivery harmless:
 * every accepted registration ends with exactly one case (lost 0, duplicated 0).
 */
class VerificationCrashIT {

    @Test
    void aCrashedVerificationServiceLosesAndDuplicatesNoCase() {
        CrashDrill.killAndRestart("verification-service", "verification");
    }
}
