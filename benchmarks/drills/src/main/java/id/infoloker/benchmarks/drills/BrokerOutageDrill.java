package id.infoloker.benchmarks.drills;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drill 1: the Kafka broker stopped for 60 s in the middle of a registration surge. Registrations must still be
 * accepted (the outbox holds their events), and after the broker is back every accepted one must reach the
 * verification queue once.
 */
final class BrokerOutageDrill {

    static DrillResult run(Platform platform, double rate, Duration before, Duration outage, Duration after)
            throws Exception {
        System.out.printf("[drill 1] broker outage: %.1f registrations/s for %d s, broker stopped for %d s after %d s%n",
                rate, before.plus(outage).plus(after).toSeconds(), outage.toSeconds(), before.toSeconds());
        AtomicLong peakOutbox = new AtomicLong();
        try (RegistrationLoad load = platform.load();
             Sampler outbox = Sampler.every(Duration.ofSeconds(1),
                     () -> peakOutbox.accumulateAndGet(platform.effects().unsentOutboxRows(), Math::max))) {
            load.start(rate, before.plus(outage).plus(after));
            Poll.sleepUntil(load.startedAtMillis() + before.toMillis());
            long stopAt = System.currentTimeMillis();
            platform.devstack().stopKafka();
            Poll.sleepUntil(stopAt + outage.toMillis());
            long restartAt = System.currentTimeMillis();
            platform.devstack().startKafka();
            long brokerBackAt = System.currentTimeMillis();
            // The backlog of the outage: registrations accepted while the broker was away, waiting in the outbox.
            List<UUID> backlog = Outcomes.sentBetween(load.outcomes, stopAt, restartAt).stream()
                    .filter(Outcome::accepted).map(Outcome::accountId).toList();
            long casesAtRestart = platform.effects().casesFor(backlog);
            long backlogMillis = Poll.until(() -> platform.effects().casesFor(backlog) == backlog.size(),
                    Duration.ofMinutes(5), Duration.ofMillis(100));
            load.awaitEnd();

            List<Outcome> outcomes = load.outcomes;
            List<UUID> accepted = load.acceptedAccounts();
            List<Outcome> duringOutage = Outcomes.sentBetween(outcomes, stopAt, restartAt);
            List<UUID> acceptedDuringOutage = duringOutage.stream().filter(Outcome::accepted)
                    .map(Outcome::accountId).toList();
            Downstream downstream = Downstream.count(platform, accepted);
            DrillResult.Builder result = DrillResult.named("Kafka broker stopped for " + outage.toSeconds() + " s during a surge",
                            "benchmarks/drills/run.sh broker-outage")
                    .figure("offered rate (registrations/s)", rate)
                    .figure("sent", outcomes.size())
                    .figure("accepted (202)", accepted.size())
                    .figure("answers by status", Outcomes.byStatus(outcomes))
                    .figure("sent during the outage", duringOutage.size())
                    .figure("accepted during the outage", acceptedDuringOutage.size())
                    .figure("202 latency p50/p99 during the outage (ms)",
                            Outcomes.latencyPercentile(onlyAccepted(duringOutage), 0.5) + " / "
                                    + Outcomes.latencyPercentile(onlyAccepted(duringOutage), 0.99))
                    .figure("cases of those when the broker was ready again", casesAtRestart)
                    .figure("peak unsent outbox rows", peakOutbox.get())
                    .figure("broker restart until ready (ms)", brokerBackAt - restartAt)
                    .figure("the outage's backlog all in the queue, ms after the broker was ready",
                            backlogMillis < 0 ? "not within 5 min" : backlogMillis)
                    .timeline(Outcomes.timeline(outcomes, load.startedAtMillis()), load.startedAtMillis(),
                            "broker stopped", stopAt, brokerBackAt);
            return downstream.addTo(result).held(downstream.intact() && !acceptedDuringOutage.isEmpty());
        }
    }

    private static List<Outcome> onlyAccepted(List<Outcome> outcomes) {
        return outcomes.stream().filter(Outcome::accepted).toList();
    }

    private BrokerOutageDrill() {
    }
}
