package id.infoloker.benchmarks.drills;

import id.infoloker.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drill 3: {@code kill -9} of account-service while its outbox relay publishes, under a steady registration load.
 * To make "mid-publish" a real target, the broker is stopped for a few seconds so a backlog builds up in the outbox;
 * when the broker is back the relay publishes the backlog in one batch, and the kill comes at the moment records of it
 * are on the topic while their rows are not yet marked sent ({@link OutboxWatch}). That window lasts milliseconds, so
 * the drill tries up to {@value #ATTEMPTS} times and says whether it hit it. After the restart the relay sends the
 * unmarked events a second time and the consumers' inbox must absorb the repeats. Counted downstream: cases and
 * notices per account, and on the topic itself records versus distinct event ids.
 */
final class RelayCrashDrill {

    private static final String SERVICE = "account-service";
    private static final String TOPIC = Topics.ACCOUNT_REGISTERED;
    private static final int ATTEMPTS = 5;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration BACKLOG_TIME = Duration.ofSeconds(5);

    static DrillResult run(Platform platform, double rate, Duration duration) throws Exception {
        System.out.printf("[drill 3] relay crash: %.1f registrations/s for %d s; up to %d times the broker is stopped"
                + " for %d s to build a backlog, and account-service is killed (-9) while the relay publishes it%n",
                rate, duration.toSeconds(), ATTEMPTS, BACKLOG_TIME.toSeconds());
        try (RegistrationLoad load = platform.load();
             OutboxWatch watch = new OutboxWatch(platform.devstack(), platform.kafka(), TOPIC)) {
            load.start(rate, duration);
            Poll.sleepUntil(load.startedAtMillis() + WARM_UP.toMillis());
            long firstStopAt = System.currentTimeMillis();
            int attempt = 0;
            long backlog = 0;
            long unmarkedOnTopic = 0;
            while (unmarkedOnTopic == 0 && attempt < ATTEMPTS) {
                attempt++;
                long position = platform.effects().lastOutboxPosition();
                long offsets = platform.kafka().endOffsets(TOPIC);
                platform.devstack().stopKafka();
                Thread.sleep(BACKLOG_TIME.toMillis());
                backlog = platform.effects().unsentOutboxRows();
                platform.devstack().startKafka();
                unmarkedOnTopic = watch.awaitAcknowledgedButUnmarked(position, offsets, Duration.ofSeconds(8));
            }
            long killAt = System.currentTimeMillis();
            platform.devstack().killService(SERVICE);
            long unsentAtKill = platform.effects().unsentOutboxRows();
            platform.devstack().startService(SERVICE);
            long backAt = System.currentTimeMillis();
            load.awaitEnd();

            List<Outcome> outcomes = load.outcomes;
            List<UUID> accepted = load.acceptedAccounts();
            Downstream downstream = Downstream.count(platform, accepted);
            Set<String> keys = accepted.stream().map(UUID::toString).collect(Collectors.toSet());
            Kafka.Deliveries deliveries = platform.kafka().deliveries(TOPIC, keys);
            DrillResult.Builder result = DrillResult.named("kill -9 of account-service (outbox relay) mid-publish",
                            "benchmarks/drills/run.sh relay-crash")
                    .figure("offered rate (registrations/s)", rate)
                    .figure("sent", outcomes.size())
                    .figure("accepted (202)", accepted.size())
                    .figure("answers by status", Outcomes.byStatus(outcomes))
                    .figure("attempts (broker stopped " + BACKLOG_TIME.toSeconds() + " s each)", attempt)
                    .figure("unsent rows when the broker came back (last attempt)", backlog)
                    .figure("killed with records on the topic whose rows were not marked sent", unmarkedOnTopic > 0
                            ? unmarkedOnTopic + " (hit the window)"
                            : "0: window not hit in " + ATTEMPTS + " attempts, killed with rows unsent")
                    .figure("unsent outbox rows right after the kill", unsentAtKill)
                    .figure("down until ready again (ms)", backAt - killAt)
                    .figure("answers while down", Outcomes.byStatus(Outcomes.sentBetween(outcomes, killAt, backAt)))
                    .figure("records on " + TOPIC + " for the accepted accounts", deliveries.records())
                    .figure("distinct events among them", deliveries.distinctEvents())
                    .figure("events sent twice (absorbed by the inbox)", deliveries.resent())
                    .timeline(Outcomes.timeline(outcomes, load.startedAtMillis()), load.startedAtMillis(),
                            "broker stop(s), then account-service killed and restarted", firstStopAt, backAt);
            return downstream.addTo(result).held(downstream.intact()
                    && deliveries.distinctEvents() == accepted.size());
        }
    }

    private RelayCrashDrill() {
    }
}
