package id.infoloker.benchmarks.browsing;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Issue 17: the launch-day browsing mix through the gateway, open model (default 1,000 requests/s offered for 60 s),
 * while job seekers register at 10/s. Mix: 20 % portal home {@code /}, 15 % vacancy pages {@code /lowongan/{id}},
 * 40 % {@code /api/vacancies} (80 % the 13 common queries, 20 % unique long-tail ones), 25 % vacancy detail
 * {@code /api/vacancies/{id}}; anonymous, like visitors before they sign in. Writes {@code browsing-<ts>-mix.json}.
 */
public class BrowsingMixSimulation extends Simulation {

    static final String[] COMMON = {"q=operator+produksi", "q=operator", "q=gudang", "q=sopir", "q=admin",
        "q=teknisi", "q=kasir", "q=satpam", "kecamatan=321501", "q=operator&order=relevance",
        "q=admin&kecamatan=321503", "employmentType=PKWT&minSalary=5000000", ""};
    static final String[] WORDS = {"operator", "produksi", "gudang", "sopir", "admin", "teknisi", "listrik", "kasir",
        "satpam", "helper", "forklift", "quality", "control", "staf", "administrasi", "pengiriman", "mesin", "shift",
        "pabrik", "karawang", "bpjs", "kebersihan", "jaya", "abadi", "sentosa", "makmur", "maju", "sinar", "karya",
        "mitra", "indo", "mengemudi", "pengemudi", "truk", "motor", "injeksi", "packing", "welder", "mekanik", "cikampek"};
    static final String[] KECAMATAN = {"321501", "321503", "321504", "321505", "321513", "321526", "321502", "321508"};

    private final String gatewayUrl = System.getProperty("browse.gateway", "http://127.0.0.1:8680");
    private final int postgresPort = Integer.getInteger("browse.postgresPort", 16032);
    private final int rate = Integer.getInteger("browse.rate", 1000);
    private final int registrationRate = Integer.getInteger("browse.registrations", 10);
    private final int seconds = Integer.getInteger("browse.seconds", 60);
    private final int warmupSeconds = Integer.getInteger("browse.warmupSeconds", 300);
    private final int rampSeconds = Math.min(warmupSeconds, Integer.getInteger("browse.rampSeconds", 240));
    private final int rows = Integer.getInteger("browse.rows", 20_000);
    private final Path output = Path.of(System.getProperty("browse.output", "target/browsing-mix.json"));

    private final Map<String, Series> series = new ConcurrentHashMap<>();
    private final Map<String, Series> warmUp = new ConcurrentHashMap<>();
    private final List<String> ids = new ArrayList<>();
    private final AtomicInteger serial = new AtomicInteger();
    private final long run = System.currentTimeMillis() % 1_000_000;
    /** Which phase a request is sent in: the warm-up, the measured window, or after it (not counted). */
    private enum Phase { WARM_UP, MEASURED, AFTER }

    private volatile Phase phase = Phase.WARM_UP;
    private long seedMillis;

    {
        Iterator<Map<String, Object>> visits = Stream.generate(this::nextVisit).iterator();
        ScenarioBuilder browse = scenario("browsing")
                .feed(visits)
                .exec(session -> session.set("t0", System.nanoTime()).set("phase", phase))
                .exec(http("#{kind}").get("#{path}")
                        .check(status().saveAs("status"), header("X-Edge-Cache").optional().saveAs("cache")))
                .exec(session -> record(session, session.getString("kind")));
        Iterator<Map<String, Object>> people = Stream.generate(() -> Map.<String, Object>of("body", nextRegistration()))
                .iterator();
        ScenarioBuilder register = scenario("registrations")
                .feed(people)
                .exec(session -> session.set("t0", System.nanoTime()).set("phase", phase))
                .exec(http("registration").post("/api/accounts/job-seekers")
                        .header("Content-Type", "application/json").body(StringBody("#{body}"))
                        .check(status().saveAs("status")))
                .exec(session -> record(session, "registration"));
        int total = warmupSeconds + seconds;
        // Warm-up: the offered rate climbs from a tenth to the full rate over rampSeconds (four minutes), as visitors
        // arrive when a launch is announced and the JVMs compile their hot paths (C2) meanwhile, then holds the full
        // rate for the rest of the warm-up, so that what the ramp left behind (queues, a breaker's failure window of
        // 20 s, a breaker open for 10 s) is over before the measured window. A one-minute ramp was measured to push
        // four compiling JVMs past the two cores, and the stack did not always recover within the next minute
        // (docs/benchmarks.md, tenth session). The warm-up's own figures are reported apart.
        int plateau = warmupSeconds - rampSeconds;
        setUp(browse.injectOpen(rampUsersPerSec(Math.max(1, rate / 10)).to(rate).during(Duration.ofSeconds(rampSeconds)),
                        constantUsersPerSec(rate).during(Duration.ofSeconds(plateau + seconds))),
                register.injectOpen(rampUsersPerSec(1).to(registrationRate).during(Duration.ofSeconds(rampSeconds)),
                        constantUsersPerSec(registrationRate).during(Duration.ofSeconds(plateau + seconds))))
                .protocols(http.baseUrl(gatewayUrl).acceptHeader("application/json, text/html").shareConnections()
                        .disableCaching())
                .maxDuration(Duration.ofSeconds(total + 30L));
    }

    private Map<String, Object> nextVisit() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int roll = random.nextInt(100);
        String id = ids.isEmpty() ? "00000000-0000-0000-0000-000000000000" : popularId(random);
        if (roll < 20) {
            return Map.of("kind", "portal home", "path", "/");
        }
        if (roll < 35) {
            return Map.of("kind", "portal vacancy page", "path", "/lowongan/" + id);
        }
        if (roll < 75) {
            if (random.nextInt(100) < 80) {
                return Map.of("kind", "search (common)", "path", "/api/vacancies?" + COMMON[random.nextInt(COMMON.length)]);
            }
            return Map.of("kind", "search (long tail)", "path", "/api/vacancies?" + longTail(random));
        }
        return Map.of("kind", "vacancy detail", "path", "/api/vacancies/" + id);
    }

    /** Most visitors open the newest vacancies (shared on WhatsApp); some go deeper. */
    private String popularId(ThreadLocalRandom random) {
        int bound = random.nextInt(100) < 80 ? Math.min(200, ids.size()) : ids.size();
        return ids.get(random.nextInt(bound));
    }

    static String longTail(ThreadLocalRandom random) {
        StringBuilder query = new StringBuilder("q=").append(WORDS[random.nextInt(WORDS.length)]);
        if (random.nextBoolean()) {
            query.append('+').append(WORDS[random.nextInt(WORDS.length)]);
        }
        if (random.nextInt(3) == 0) {
            query.append("&kecamatan=").append(KECAMATAN[random.nextInt(KECAMATAN.length)]);
        }
        if (random.nextInt(4) == 0) {
            query.append("&order=relevance");
        }
        if (random.nextInt(3) == 0) {
            query.append("&minSalary=").append(4_000_000 + 50_000 * random.nextInt(60));
        }
        return query.toString();
    }

    private String nextRegistration() {
        int n = serial.incrementAndGet() % 10_000;
        String email = "browse." + run + "." + n + "@example.id";
        return "{\"fullName\":\"Dewi Lestari " + n + "\",\"nik\":\"321501450698" + String.format("%04d", n)
                + "\",\"birthPlace\":\"Karawang\",\"birthDate\":\"1998-06-05\",\"sex\":\"F\",\"email\":\"" + email
                + "\",\"phone\":\"0815" + String.format("%04d%04d", run % 10_000, n) + "\",\"password\":\"Rahasia-Kerja-"
                + n + "\",\"address\":\"Jl. Tuparev No. " + (n % 200)
                + "\",\"kecamatanCode\":\"321501\",\"education\":\"SMK\",\"consent\":true}";
    }

    /** A request counts in the phase it was sent in (a slow answer to a measured request still counts as measured). */
    private Session record(Session session, String kind) {
        double millis = (System.nanoTime() - session.getLong("t0")) / 1e6;
        int status = session.contains("status") ? session.getInt("status") : -1;
        String cache = session.contains("cache") ? session.getString("cache") : null;
        Phase sentIn = session.get("phase");
        if (sentIn == Phase.AFTER) {
            return session;
        }
        Map<String, Series> counted = sentIn == Phase.MEASURED ? series : warmUp;
        counted.computeIfAbsent(kind, k -> new Series()).add(status, millis, cache);
        counted.computeIfAbsent(kind.equals("registration") ? "ALL registrations" : "ALL browsing", k -> new Series())
                .add(status, millis, cache);
        return session;
    }

    @Override
    public void before() {
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort
                + "/vacancy_service", "infoloker", "infoloker"); Statement statement = db.createStatement()) {
            statement.executeUpdate(Seed.SQL.replace("@ROWS@", String.valueOf(rows)));
            statement.execute("VACUUM ANALYZE vacancy");
            try (ResultSet rs = statement.executeQuery("SELECT id FROM vacancy WHERE status = 'PUBLISHED' "
                    + "AND closing_date >= current_date ORDER BY published_at DESC, id DESC LIMIT 2000")) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("seeding vacancies failed", e);
        }
        seedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[browse] %d vacancies generated in %d ms; %d requests/s + %d registrations/s offered, "
                + "%d s warm-up then %d s measured%n", rows, seedMillis, rate, registrationRate, warmupSeconds, seconds);
        Thread timer = new Thread(() -> {
            try {
                Thread.sleep(warmupSeconds * 1000L);
                phase = Phase.MEASURED;
                Thread.sleep(seconds * 1000L);
                phase = Phase.AFTER;
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }, "measuring-window");
        timer.setDaemon(true);
        timer.start();
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> result) {
        StringBuilder md = new StringBuilder("| requests | sent | 2xx share | 2xx/s | p50 / p95 / p99 / max (2xx) ms "
                + "| statuses | edge cache |\n|---|---|---|---|---|---|---|\n");
        Map<String, Object> rows = new LinkedHashMap<>((Map<String, Object>) result.get("byKind"));
        ((Map<String, Object>) result.get("warmUpByKind")).forEach((kind, value) -> rows.put("warm-up: " + kind, value));
        rows.forEach((kind, value) -> {
            Map<String, Object> s = (Map<String, Object>) value;
            Map<String, Object> p = (Map<String, Object>) s.get("latencyMs2xx");
            md.append(String.format(java.util.Locale.ROOT, "| %s | %s | %.2f %% | %.1f | %s / %s / %s / %s | %s | %s |%n",
                    kind, s.get("requests"), 100 * ((Number) s.get("ok2xxShare")).doubleValue(), s.get("ok2xxPerSecond"),
                    p.get("p50"), p.get("p95"), p.get("p99"), p.get("max"), s.get("byStatus"), s.get("edgeCache")));
        });
        return md.toString();
    }

    @Override
    public void after() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("workload", "open: " + rate + " browsing requests/s + " + registrationRate
                + " registrations/s offered through the gateway; " + warmupSeconds + " s warm-up (" + rampSeconds
                + " s ramping up from a tenth of each rate, then the full rate; reported apart), "
                + seconds + " s measured; " + rows + " generated vacancies; anonymous visitors");
        result.put("seedMillis", seedMillis);
        Map<String, Object> kinds = new LinkedHashMap<>();
        series.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> kinds.put(entry.getKey(), entry.getValue().summary(seconds)));
        result.put("byKind", kinds);
        Map<String, Object> warmUpKinds = new LinkedHashMap<>();
        warmUp.entrySet().stream().filter(entry -> entry.getKey().startsWith("ALL "))
                .sorted(Map.Entry.comparingByKey())
                .forEach(entry -> warmUpKinds.put(entry.getKey(), entry.getValue().summary(warmupSeconds)));
        result.put("warmUpByKind", warmUpKinds);
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, Json.write(result));
            Files.writeString(Path.of(output.toString().replaceAll("\\.json$", ".md")), markdown(result));
        } catch (Exception e) {
            throw new IllegalStateException("writing " + output + " failed", e);
        }
        System.out.println(Json.write(result));
    }
}
