package id.infoloker.benchmarks.surge;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.FileReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Issue 9, scenarios 1 and 4 (scenario 2's figures are measured by {@link Limits} before this and merged into the
 * report here). Through the gateway of a running devstack:
 * <ol>
 *   <li>before: N job seekers register and upload + submit their documents (claimable cases), then one verifier
 *       claims and approves some of them on the idle platform (claim-next + decision latency, idle);</li>
 *   <li>the surge, an open workload: registrations arriving at rampFrom → rampTo per second over rampSeconds, then
 *       holdRate per second for holdSeconds. Meanwhile the verifier keeps claiming and approving (latency during the
 *       surge), a sampler reads consumer lag + unsent outbox rows every second, and a watcher times every accepted
 *       registration until its case exists in verification-service's database;</li>
 *   <li>after: waits (bounded) until every accepted registration has its case, then writes
 *       {@code surge-<timestamp>.json} and {@code .md}.</li>
 * </ol>
 */
public class SurgeSimulation extends Simulation {

    private final String gatewayUrl = System.getProperty("surge.gateway", "http://127.0.0.1:8580");
    private final int postgresPort = Integer.getInteger("surge.postgresPort", 15932);
    private final String kafka = System.getProperty("surge.kafka", "localhost:19592");
    private final double rampFrom = Double.parseDouble(System.getProperty("surge.rampFrom", "1"));
    private final double rampTo = Double.parseDouble(System.getProperty("surge.rampTo", "16"));
    private final int rampSeconds = Integer.getInteger("surge.rampSeconds", 60);
    private final double holdRate = Double.parseDouble(System.getProperty("surge.holdRate", "15"));
    private final int holdSeconds = Integer.getInteger("surge.holdSeconds", 60);
    private final int prepared = Integer.getInteger("surge.prepared", 100);
    private final int idleRounds = Integer.getInteger("surge.idleRounds", 25);
    private final long staffPauseMillis = Long.getLong("surge.staffPauseMillis", 1500);
    private final int drainLimitSeconds = Integer.getInteger("surge.drainLimitSeconds", 120);
    private final Path resultsDir = Path.of(System.getProperty("surge.results", "benchmarks/results"));
    private final Path limitsDir = Path.of(System.getProperty("surge.limits", "benchmarks/surge/target/limits"));
    private final String timestamp = System.getProperty("surge.timestamp",
            Instant.now().toString().replaceAll("[:.]", "-"));

    private final Registrations registrations = new Registrations();
    private final Gateway gateway = new Gateway(gatewayUrl);

    // Surge measurements (every registration, whatever the answer).
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final List<Double> acceptedLatencies = new CopyOnWriteArrayList<>();
    private final List<Long> acceptedAt = new CopyOnWriteArrayList<>();
    private final List<Double> allLatencies = new CopyOnWriteArrayList<>();
    private final AtomicLong firstSent = new AtomicLong();

    private Staff staff;
    private Staff idleStaff;
    private LagSampler sampler;
    private CaseWatcher watcher;
    private final AtomicBoolean surgeRunning = new AtomicBoolean(true);
    private Thread staffThread;
    private long prepareMillis;
    private int preparedCount;
    private final Map<String, Object> machineBefore = machine();

    {
        Iterator<Map<String, Object>> feeder =
                Stream.generate(() -> Map.<String, Object>of("body", registrations.next().json())).iterator();
        HttpProtocolBuilder protocol = http.baseUrl(gatewayUrl)
                .contentTypeHeader("application/json").acceptHeader("application/json");
        ScenarioBuilder surge = scenario("registration surge")
                .feed(feeder)
                .exec(session -> {
                    firstSent.compareAndSet(0, System.currentTimeMillis());
                    return session.set("t0", System.nanoTime());
                })
                .exec(http("POST /api/accounts/job-seekers").post("/api/accounts/job-seekers")
                        .body(StringBody("#{body}"))
                        .check(status().saveAs("status"), status().is(202),
                                jsonPath("$.accountId").saveAs("accountId")))
                .exec(session -> {
                    long now = System.currentTimeMillis();
                    double millis = (System.nanoTime() - session.getLong("t0")) / 1e6;
                    int status = session.contains("status") ? session.getInt("status") : -1;
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    allLatencies.add(millis);
                    if (status == 202 && session.contains("accountId")) {
                        acceptedLatencies.add(millis);
                        acceptedAt.add(now);
                        watcher.accepted(UUID.fromString(session.getString("accountId")), now);
                    }
                    return session;
                });
        setUp(surge.injectOpen(
                rampUsersPerSec(rampFrom).to(rampTo).during(Duration.ofSeconds(rampSeconds)),
                constantUsersPerSec(holdRate).during(Duration.ofSeconds(holdSeconds))))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(rampSeconds + holdSeconds + 60L));
    }

    @Override
    public void before() {
        try {
            long start = System.nanoTime();
            List<UUID> accounts = prepareClaimableCases();
            prepareMillis = (System.nanoTime() - start) / 1_000_000;
            preparedCount = accounts.size();
            System.out.printf("[surge] %d claimable cases prepared in %d ms%n", accounts.size(), prepareMillis);
            String verifier = gateway.login("verifier@infoloker.local", "Devstack-Verifier-2026");
            idleStaff = new Staff(gateway, verifier);
            for (int round = 0; round < idleRounds; round++) {
                idleStaff.round();
                Thread.sleep(300);
            }
            System.out.printf("[surge] idle: claim-next %s; decision %s%n", Stats.summary(idleStaff.claims),
                    Stats.summary(idleStaff.decisions));
            watcher = new CaseWatcher(jdbc("verification_service")).start();
            sampler = new LagSampler(kafka, jdbc("account_service")).start();
            staff = new Staff(gateway, verifier);
            staffThread = staff.loop(surgeRunning, staffPauseMillis);
            System.out.printf("[surge] surge starts: %.0f -> %.0f registrations/s over %d s, then %.0f/s for %d s%n",
                    rampFrom, rampTo, rampSeconds, holdRate, holdSeconds);
        } catch (Exception e) {
            throw new IllegalStateException("preparation failed", e);
        }
    }

    private List<UUID> prepareClaimableCases() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<UUID>> futures = new ArrayList<>();
        for (int i = 0; i < prepared; i++) {
            futures.add(pool.submit(() -> gateway.registerWithDocuments(registrations.next())));
        }
        // A failed preparation costs some staff rounds, not the run: the surge is the main figure.
        List<UUID> accounts = new ArrayList<>();
        int failed = 0;
        for (Future<UUID> future : futures) {
            try {
                accounts.add(future.get());
            } catch (java.util.concurrent.ExecutionException e) {
                if (failed++ == 0) {
                    System.out.println("[surge] preparing a case failed: " + e.getCause());
                }
            }
        }
        pool.shutdown();
        if (failed > 0) {
            System.out.printf("[surge] %d of %d preparations failed%n", failed, prepared);
        }
        long deadline = System.currentTimeMillis() + 90_000;
        try (Connection db = DriverManager.getConnection(jdbc("verification_service"), "infoloker", "infoloker");
             PreparedStatement query = db.prepareStatement("SELECT count(*) FROM verification_case"
                     + " WHERE documents_complete AND account_id = ANY (?)")) {
            query.setArray(1, db.createArrayOf("uuid", accounts.toArray()));
            while (System.currentTimeMillis() < deadline) {
                try (ResultSet rows = query.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) >= accounts.size()) {
                        return accounts;
                    }
                }
                Thread.sleep(250);
            }
        }
        System.out.println("[surge] WARNING: prepared cases did not all become claimable within 90 s");
        return accounts;
    }

    @Override
    public void after() {
        try {
            surgeRunning.set(false);
            staffThread.join(10_000);
            long injectionEnd = firstSent.get() + (rampSeconds + holdSeconds) * 1000L;
            long lastAccepted = acceptedAt.stream().mapToLong(Long::longValue).max().orElse(injectionEnd);
            System.out.printf("[surge] load done; waiting (at most %d s) for every accepted registration's case%n",
                    drainLimitSeconds);
            long deadline = System.currentTimeMillis() + drainLimitSeconds * 1000L;
            while (System.currentTimeMillis() < deadline) {
                List<LagSampler.Sample> samples = sampler.samples;
                LagSampler.Sample last = samples.isEmpty() ? null : samples.get(samples.size() - 1);
                if (watcher.stillWaiting() == 0 && last != null && last.consumerLag() == 0
                        && last.outboxUnsent() == 0 && last.epochMillis() > lastAccepted) {
                    break;
                }
                Thread.sleep(250);
            }
            Thread.sleep(1500);
            watcher.close();
            sampler.close();
            write(injectionEnd, lastAccepted);
        } catch (Exception e) {
            throw new IllegalStateException("reporting failed", e);
        }
    }

    private void write(long injectionEnd, long lastAccepted) throws Exception {
        long start = firstSent.get();
        long holdStart = start + rampSeconds * 1000L;
        long total = statuses.values().stream().mapToLong(LongAdder::sum).sum();
        long accepted = statuses.getOrDefault(202, new LongAdder()).sum();
        long acceptedInHold = acceptedAt.stream().filter(t -> t >= holdStart && t < injectionEnd).count();
        TreeMap<Long, Integer> perSecond = new TreeMap<>();
        for (long t : acceptedAt) {
            perSecond.merge((t - start) / 1000, 1, Integer::sum);
        }
        List<Integer> acceptedPerSecond = new ArrayList<>();
        long lastSecond = perSecond.isEmpty() ? -1 : perSecond.lastKey();
        for (long s = 0; s <= lastSecond; s++) {
            acceptedPerSecond.add(perSecond.getOrDefault(s, 0));
        }
        int peak10 = 0;
        for (int i = 0; i + 10 <= acceptedPerSecond.size(); i++) {
            peak10 = Math.max(peak10, acceptedPerSecond.subList(i, i + 10).stream().mapToInt(x -> x).sum());
        }

        List<LagSampler.Sample> samples = sampler.samples;
        long peakLag = samples.stream().mapToLong(LagSampler.Sample::consumerLag).max().orElse(-1);
        long peakOutbox = samples.stream().mapToLong(LagSampler.Sample::outboxUnsent).max().orElse(-1);
        Long lagZeroAt = samples.stream().filter(s -> s.epochMillis() >= lastAccepted)
                .filter(s -> s.consumerLag() == 0 && s.outboxUnsent() == 0)
                .map(LagSampler.Sample::epochMillis).findFirst().orElse(null);
        long lastOpened = watcher.openedAtMillis.stream().mapToLong(Long::longValue).max().orElse(-1);
        int missing = watcher.stillWaiting();

        Properties hash = load(limitsDir.resolve("hash.properties"));
        Properties commits = load(limitsDir.resolve("commits.properties"));
        double hashRate = Double.parseDouble(hash.getProperty("hash.perSecond", "NaN"));
        double commitRate = Double.parseDouble(commits.getProperty("commits.perSecond", "NaN"));
        double holdThroughput = acceptedInHold / (double) holdSeconds;
        double peakThroughput = peak10 / 10.0;

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("benchmark", "surge");
        result.put("timestamp", timestamp);
        result.put("machine", Map.of("before", machineBefore, "after", machine()));
        result.put("gatlingReport", "@GATLING_REPORT@");

        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("bcrypt", toMap(hash));
        limits.put("postgresCommit", toMap(commits));
        result.put("limits", limits);

        Map<String, Object> surge = new LinkedHashMap<>();
        surge.put("workload", String.format(java.util.Locale.ROOT,
                "open: %.0f -> %.0f registrations/s over %d s, then %.0f/s for %d s", rampFrom, rampTo,
                rampSeconds, holdRate, holdSeconds));
        surge.put("requests", total);
        surge.put("accepted202", accepted);
        Map<String, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status == -1 ? "no-response" : String.valueOf(status),
                count.sum()));
        surge.put("byStatus", byStatus);
        surge.put("errors", total - accepted);
        surge.put("acceptedPerSecondDuringHold", holdThroughput);
        surge.put("acceptedPerSecondPeak10s", peakThroughput);
        surge.put("acceptedPerSecondOverall",
                accepted / Math.max(1.0, (lastAccepted - start) / 1000.0));
        surge.put("latencyMs202", percentiles(acceptedLatencies));
        surge.put("latencyMsAll", percentiles(allLatencies));
        Map<String, Object> e2e = percentiles(watcher.lagsMillis);
        e2e.put("casesNotSeen", missing);
        surge.put("endToEndLagMs202ToCase", e2e);
        surge.put("peakConsumerLag", peakLag);
        surge.put("peakOutboxUnsent", peakOutbox);
        surge.put("drainSecondsAfterLoadEnd", lastOpened < 0 ? null : Math.max(0, lastOpened - injectionEnd) / 1000.0);
        surge.put("lastCaseAfterLast202Seconds", lastOpened < 0 ? null : (lastOpened - lastAccepted) / 1000.0);
        surge.put("lagZeroSecondsAfterLast202", lagZeroAt == null ? null : (lagZeroAt - lastAccepted) / 1000.0);
        surge.put("acceptedPerSecondSeries", acceptedPerSecond);
        List<List<Long>> lagSeries = new ArrayList<>();
        for (LagSampler.Sample s : samples) {
            lagSeries.add(List.of((s.epochMillis() - start) / 1000, s.consumerLag(), s.outboxUnsent()));
        }
        surge.put("lagSeries[secondsFromStart,consumerLag,outboxUnsent]", lagSeries);
        result.put("registrationSurge", surge);

        Map<String, Object> ratios = new LinkedHashMap<>();
        ratios.put("holdThroughputOverHashRate", holdThroughput / hashRate);
        ratios.put("peakThroughputOverHashRate", peakThroughput / hashRate);
        ratios.put("holdThroughputOverCommitRate", holdThroughput / commitRate);
        result.put("ratios", ratios);

        Map<String, Object> staffFigures = new LinkedHashMap<>();
        staffFigures.put("idle", staffMap(idleStaff));
        staffFigures.put("duringSurge", staffMap(staff));
        staffFigures.put("preparedClaimableCases", preparedCount);
        staffFigures.put("preparationMillis", prepareMillis);
        result.put("staff", staffFigures);

        Files.createDirectories(resultsDir);
        Path json = resultsDir.resolve("surge-" + timestamp + ".json");
        Files.writeString(json, Json.write(result));
        Path md = resultsDir.resolve("surge-" + timestamp + ".md");
        Files.writeString(md, Markdown.of(result, surge, hash, commits, ratios, idleStaff, staff));
        List<long[]> lagPoints = new ArrayList<>();
        for (LagSampler.Sample s : samples) {
            lagPoints.add(new long[] {(s.epochMillis() - start) / 1000, s.consumerLag(), s.outboxUnsent()});
        }
        Path html = resultsDir.resolve("surge-" + timestamp + ".html");
        Files.writeString(html, Plot.html("Infoloker registration surge, " + timestamp, acceptedPerSecond,
                lagPoints, rampSeconds, rampSeconds + holdSeconds));
        System.out.println("[surge] wrote " + json + ", " + md + " and " + html);
        System.out.println(Files.readString(md));
    }

    private static Map<String, Object> staffMap(Staff staff) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("rounds", staff.claims.size());
        map.put("claimNextMs", percentiles(staff.claims));
        map.put("decisionMs", percentiles(staff.decisions));
        map.put("nothingToClaim", staff.empty.get());
        map.put("errors", staff.errors.get());
        return map;
    }

    static Map<String, Object> percentiles(List<Double> values) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", values.size());
        map.put("p50", Stats.percentile(values, 0.50));
        map.put("p95", Stats.percentile(values, 0.95));
        map.put("p99", Stats.percentile(values, 0.99));
        map.put("max", Stats.max(values));
        return map;
    }

    private static Map<String, Object> toMap(Properties properties) {
        return new TreeMap<>(properties.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> e.getKey().toString(), e -> (Object) e.getValue())));
    }

    private static Properties load(Path file) throws Exception {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (Reader reader = new FileReader(file.toFile())) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("cores", Runtime.getRuntime().availableProcessors());
        try {
            map.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).trim());
            Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .findFirst().ifPresent(l -> map.put("memTotal", l.replaceAll("\\s+", " ").substring(10)));
        } catch (Exception e) {
            map.put("loadAverage", "unknown");
        }
        map.put("at", Instant.now().toString());
        return map;
    }

    private String jdbc(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }
}
