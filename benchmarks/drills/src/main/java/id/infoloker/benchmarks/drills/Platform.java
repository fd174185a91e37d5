package id.infoloker.benchmarks.drills;

import id.infoloker.devstack.Devstack;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The running devstack and what every drill uses on it. */
record Platform(Devstack devstack, Effects effects, Kafka kafka, Registrations registrations) {

    RegistrationLoad load() {
        return new RegistrationLoad(devstack.gatewayUrl(), registrations);
    }

    /** Every accepted account has its case, or the bound passes: ms it took, or -1. */
    long awaitCases(List<UUID> accounts, Duration atMost) throws InterruptedException {
        return Poll.until(() -> effects.casesFor(accounts) == accounts.size(), atMost, Duration.ofMillis(500));
    }
}
