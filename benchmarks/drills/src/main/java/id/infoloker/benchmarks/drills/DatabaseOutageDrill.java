package id.infoloker.benchmarks.drills;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Drill 4: account-service's database stopped for 30 s under a steady registration load. On the devstack all four
 * databases live in one PostgreSQL server, so every service loses its database at once (in production each service
 * has its own cluster): a harder version of the drill. Measured at the gateway: time to the first 503, answers during
 * the outage, 5xx for requests sent after the database is back, and time until registrations are accepted again.
 */
final class DatabaseOutageDrill {

    static DrillResult run(Platform platform, double rate, Duration before, Duration outage, Duration after)
            throws Exception {
        System.out.printf("[drill 4] database outage: %.1f registrations/s for %d s, PostgreSQL stopped for %d s"
                + " after %d s%n", rate, before.plus(outage).plus(after).toSeconds(), outage.toSeconds(),
                before.toSeconds());
        try (RegistrationLoad load = platform.load()) {
            load.start(rate, before.plus(outage).plus(after));
            Poll.sleepUntil(load.startedAtMillis() + before.toMillis());
            long stopAt = System.currentTimeMillis();
            platform.devstack().stopPostgres();
            long stoppedAt = System.currentTimeMillis();
            Poll.sleepUntil(stopAt + outage.toMillis());
            long startAt = System.currentTimeMillis();
            platform.devstack().startPostgres();
            long backAt = System.currentTimeMillis();
            load.awaitEnd();

            List<Outcome> outcomes = load.outcomes;
            List<UUID> accepted = load.acceptedAccounts();
            List<Outcome> duringOutage = Outcomes.sentBetween(outcomes, stopAt, backAt);
            List<Outcome> afterRecovery = Outcomes.sentBetween(outcomes, backAt, Long.MAX_VALUE);
            Long first503 = outcomes.stream().filter(o -> o.status() == 503 && o.sentAtMillis() >= stopAt)
                    .map(o -> o.answeredAtMillis() - stopAt).min(Comparator.naturalOrder()).orElse(null);
            Long firstAcceptedAfter = afterRecovery.stream().filter(Outcome::accepted)
                    .map(o -> o.answeredAtMillis() - backAt).min(Comparator.naturalOrder()).orElse(null);
            Long lastFailureAfter = afterRecovery.stream().filter(o -> !o.accepted())
                    .map(o -> o.answeredAtMillis() - backAt).max(Comparator.naturalOrder()).orElse(null);
            Downstream downstream = Downstream.count(platform, accepted);
            long serverErrorsAfter = Outcomes.count(afterRecovery, Outcome::serverError);
            DrillResult.Builder result = DrillResult.named("PostgreSQL stopped for " + outage.toSeconds() + " s under registrations",
                            "benchmarks/drills/run.sh database-outage")
                    .figure("offered rate (registrations/s)", rate)
                    .figure("sent", outcomes.size())
                    .figure("accepted (202)", accepted.size())
                    .figure("answers by status", Outcomes.byStatus(outcomes))
                    .figure("fast shutdown took (ms)", stoppedAt - stopAt)
                    .figure("time to the first 503 at the gateway (ms after the stop began)",
                            first503 == null ? "none" : first503)
                    .figure("answers to requests sent during the outage", Outcomes.byStatus(duringOutage))
                    .figure("slowest answer during the outage (ms)", Outcomes.maxLatency(duringOutage))
                    .figure("PostgreSQL start (ms)", backAt - startAt)
                    .figure("first 202 after the database was back (ms)",
                            firstAcceptedAfter == null ? "none" : firstAcceptedAfter)
                    .figure("5xx / no answer for requests sent after recovery", serverErrorsAfter)
                    .figure("last non-202 after recovery answered at (ms after the database was back)",
                            lastFailureAfter == null ? "none" : lastFailureAfter)
                    .timeline(Outcomes.timeline(outcomes, load.startedAtMillis()), load.startedAtMillis(),
                            "PostgreSQL stopped", stopAt, backAt);
            return downstream.addTo(result).held(downstream.intact()
                    && Outcomes.count(outcomes, o -> o.status() == 500) == 0);
        }
    }

    private DatabaseOutageDrill() {
    }
}
