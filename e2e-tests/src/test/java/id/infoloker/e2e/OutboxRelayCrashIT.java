package id.infoloker.e2e;

import org.junit.jupiter.api.Test;

/**
 * Fault drill: account-service is killed with SIGKILL right after answering registrations, while its outbox relay may
 * be mid-publish (rows sent but not yet marked). A registration answered 202 is committed with its outbox row, so after
 * the restart the relay sends every one, some maybe twice; the consumer's inbox and the case's unique key absorb the
 * resends: every accepted account ends with exactly one case (lost 0, duplicated effects 0).
 */
class OutboxRelayCrashIT {

    @Test
    void aCrashedOutboxRelayLosesNoEventAndDuplicatesNoEffect() {
        CrashDrill.killAndRestart("account-service", "account-service (outbox relay)");
    }
}
