package id.infoloker.benchmarks.drills;

import id.infoloker.devstack.Devstack;
import id.infoloker.devstack.DevstackOptions;
import id.infoloker.events.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launch-day fault drills, full size, on one devstack (ports +600), one after the other:
 *
 * <pre>
 *   benchmarks/drills/run.sh                      # all five
 *   benchmarks/drills/run.sh database-outage      # one (names: broker-outage verification-crash relay-crash
 *                                                 #      database-outage poison)
 * </pre>
 *
 * Each drill prints its figures; the run writes {@code benchmarks/results/drills-<time>.json}, {@code .md} and
 * {@code .html} (per-second answers of the load drills). Exit status 1 if any drill lost or duplicated something.
 * Sizes: {@code -Ddrills.rate} (registrations/s offered, default 4, below the ~6/s the machine sustains, so the fault
 * is the only disturbance) and {@code -Ddrills.events} (verification backlog, default 20,000).
 */
public final class Drills {

    static final List<String> ALL = List.of("broker-outage", "verification-crash", "relay-crash", "database-outage",
            "poison");
    static final int PORT_OFFSET = 600;

    public static void main(String[] args) throws Exception {
        List<String> selected = args.length == 0 ? ALL : Arrays.asList(args);
        for (String name : selected) {
            if (!ALL.contains(name)) {
                throw new IllegalArgumentException("Unknown drill " + name + "; known: " + ALL);
            }
        }
        double rate = Double.parseDouble(System.getProperty("drills.rate", "4"));
        int events = Integer.parseInt(System.getProperty("drills.events", "20000"));
        Path root = DevstackOptions.defaultRepositoryRoot();
        Instant started = Instant.now();
        Machine machineBefore = Machine.now();

        List<DrillResult> results = new ArrayList<>();
        DevstackOptions options = DevstackOptions.defaults(root)
                .withWorkDir(Path.of(System.getProperty("drills.workDir", "/tmp/devstack-drills")))
                .withPortOffset(PORT_OFFSET);
        try (Devstack devstack = Devstack.start(options);
             Kafka kafka = new Kafka(devstack.kafkaBootstrapServers())) {
            System.out.printf("[drills] devstack up in %d s, gateway %s%n", devstack.startupTime().toSeconds(),
                    devstack.gatewayUrl());
            Platform platform = new Platform(devstack, new Effects(devstack), kafka, new Registrations());
            for (String name : selected) {
                DrillResult result = switch (name) {
                    case "broker-outage" -> BrokerOutageDrill.run(platform, rate, Duration.ofSeconds(30),
                            Duration.ofSeconds(60), Duration.ofSeconds(30));
                    case "verification-crash" -> VerificationCrashDrill.run(platform, events, 0.25);
                    case "relay-crash" -> RelayCrashDrill.run(platform, rate, Duration.ofSeconds(120));
                    case "database-outage" -> DatabaseOutageDrill.run(platform, rate, Duration.ofSeconds(20),
                            Duration.ofSeconds(30), Duration.ofSeconds(40));
                    case "poison" -> PoisonRecordsDrill.run(platform);
                    default -> throw new IllegalStateException(name);
                };
                Report.print(result);
                results.add(result);
                settle(kafka);
            }
        }
        Path written = Report.write(root.resolve("benchmarks/results"), started, machineBefore, Machine.now(),
                rate, events, results);
        System.out.println("[drills] results: " + written + " (.json, .md, .html)");
        boolean allHeld = results.stream().allMatch(DrillResult::held);
        System.out.println(allHeld ? "[drills] every drill held: lost 0, duplicated 0"
                : "[drills] A DRILL DID NOT HOLD: see the figures above");
        System.exit(allHeld ? 0 : 1);
    }

    /** Lets every consumer of registrations catch up, so one drill's backlog does not load the next. */
    private static void settle(Kafka kafka) throws InterruptedException {
        long millis = Poll.until(() -> PoisonRecordsDrill.CONSUMERS.get(Topics.ACCOUNT_REGISTERED).stream()
                .allMatch(group -> kafka.lag(group, Topics.ACCOUNT_REGISTERED) == 0),
                Duration.ofMinutes(10), Duration.ofSeconds(1));
        System.out.printf("[drills] consumers settled (lag 0 on %s) in %s%n", Topics.ACCOUNT_REGISTERED,
                millis < 0 ? "more than 10 min" : millis + " ms");
    }

    private Drills() {
    }
}
