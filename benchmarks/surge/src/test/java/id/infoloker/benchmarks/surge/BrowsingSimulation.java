package id.infoloker.benchmarks.surge;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * Issue 9, scenario 3: vacancy search at the launch-day visitor rate offered (open model, default 1,000 requests/s
 * for 60 s) through the gateway, on generated vacancies written straight into vacancy_service's database. Writes
 * {@code surge-<timestamp>-browsing.json} and {@code .md}: achieved rate of 200s, p50/p95/p99, answers by status.
 */
public class BrowsingSimulation extends Simulation {

    private static final String[] QUERIES = {"q=operator+produksi", "q=operator", "q=gudang", "q=sopir", "q=admin",
        "q=teknisi", "q=kasir", "q=satpam", "kecamatan=321501", "q=operator&order=relevance",
        "q=admin&kecamatan=321503", "employmentType=PKWT&minSalary=5000000", ""};

    private final String gatewayUrl = System.getProperty("surge.gateway", "http://127.0.0.1:8580");
    private final int postgresPort = Integer.getInteger("surge.postgresPort", 15932);
    private final int rate = Integer.getInteger("browse.rate", 1000);
    private final int seconds = Integer.getInteger("browse.seconds", 60);
    private final int rows = Integer.getInteger("browse.rows", 20_000);
    private final Path resultsDir = Path.of(System.getProperty("surge.results", "benchmarks/results"));
    private final String timestamp = System.getProperty("surge.timestamp",
            Instant.now().toString().replaceAll("[:.]", "-"));

    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final List<Double> okLatencies = new CopyOnWriteArrayList<>();
    private final List<Double> allLatencies = new CopyOnWriteArrayList<>();
    private final AtomicLong firstSent = new AtomicLong();
    private final AtomicLong lastDone = new AtomicLong();
    private long seedMillis;

    {
        Iterator<Map<String, Object>> feeder = Stream.generate(() -> Map.<String, Object>of("query",
                QUERIES[ThreadLocalRandom.current().nextInt(QUERIES.length)])).iterator();
        ScenarioBuilder browse = scenario("vacancy search")
                .feed(feeder)
                .exec(session -> {
                    firstSent.compareAndSet(0, System.currentTimeMillis());
                    return session.set("t0", System.nanoTime());
                })
                .exec(http("GET /api/vacancies").get("/api/vacancies?#{query}")
                        .check(status().saveAs("status"), status().is(200)))
                .exec(session -> {
                    double millis = (System.nanoTime() - session.getLong("t0")) / 1e6;
                    int status = session.contains("status") ? session.getInt("status") : -1;
                    statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                    allLatencies.add(millis);
                    if (status == 200) {
                        okLatencies.add(millis);
                        lastDone.accumulateAndGet(System.currentTimeMillis(), Math::max);
                    }
                    return session;
                });
        // Keep-alive connections shared by all virtual users: a new TCP connection per request would exhaust the
        // loopback's ephemeral ports (TIME_WAIT) long before the platform's limit.
        setUp(browse.injectOpen(constantUsersPerSec(rate).during(Duration.ofSeconds(seconds))))
                .protocols(http.baseUrl(gatewayUrl).acceptHeader("application/json").shareConnections())
                .maxDuration(Duration.ofSeconds(seconds + 40L));
    }

    @Override
    public void before() {
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort
                + "/vacancy_service", "infoloker", "infoloker"); Statement statement = db.createStatement()) {
            statement.executeUpdate("""
                    INSERT INTO vacancy (id, employer_id, company_name, title, description, requirements,
                        minimum_education, education_rank, kecamatan_code, employment_type, salary_min, salary_max,
                        openings, closing_date, status, created_at, published_at)
                    SELECT gen_random_uuid(), ('b1000000-0000-4000-8000-' || lpad((g % 2000)::text, 12, '0'))::uuid,
                        'PT ' || (ARRAY['Maju','Sinar','Karya','Indo','Mitra'])[1 + g % 5] || ' '
                            || (ARRAY['Jaya','Abadi','Sentosa','Makmur'])[1 + g % 4] || ' ' || (g % 2000),
                        t.title,
                        t.title || ' untuk pabrik di Karawang. Mengoperasikan mesin, menjaga kebersihan area kerja,'
                            || ' BPJS Ketenagakerjaan, uang makan.',
                        'Usia 18-35 tahun, sehat jasmani. Pendidikan minimal ' || e.code || '.',
                        e.code, e.rank,
                        (ARRAY['321503','321505','321513','321501','321526','321504'])[1 + g % 6],
                        (ARRAY['PKWT','PKWT','PKWTT','MAGANG','HARIAN'])[1 + g % 5],
                        CASE WHEN g % 3 = 0 THEN NULL ELSE 4800000 + 100000 * (g % 20) END,
                        CASE WHEN g % 3 = 0 THEN NULL ELSE 5800000 + 100000 * (g % 20) END,
                        1 + g % 30, current_date + 7 + g % 60, 'PUBLISHED',
                        now() - (g % 86400) * interval '1 minute', now() - (g % 86400) * interval '1 minute'
                    FROM generate_series(1, @ROWS@) g
                    CROSS JOIN LATERAL (SELECT (ARRAY['Operator Produksi','Admin Gudang','Sopir Pengiriman',
                        'Teknisi Listrik','Kasir','Satpam','Staf Administrasi','Helper Gudang','Operator Forklift',
                        'Quality Control'])[1 + g % 10] AS title) t
                    CROSS JOIN LATERAL (SELECT (ARRAY['SMA','SMK','D3','S1'])[1 + g % 4] AS code,
                        (ARRAY[3,3,6,7])[1 + g % 4] AS rank) e
                    """.replace("@ROWS@", String.valueOf(rows)));
            statement.execute("VACUUM ANALYZE vacancy");
        } catch (Exception e) {
            throw new IllegalStateException("seeding vacancies failed", e);
        }
        seedMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("[browse] %d vacancies generated in %d ms; %d searches/s offered for %d s%n", rows,
                seedMillis, rate, seconds);
    }

    @Override
    public void after() {
        try {
            long total = statuses.values().stream().mapToLong(LongAdder::sum).sum();
            long ok = statuses.getOrDefault(200, new LongAdder()).sum();
            double elapsed = Math.max(1, lastDone.get() - firstSent.get()) / 1000.0;
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("benchmark", "surge / scenario 3: vacancy search");
            result.put("timestamp", timestamp);
            result.put("workload", "open: " + rate + " searches/s offered for " + seconds
                    + " s, GET /api/vacancies through the gateway, " + rows + " generated vacancies");
            result.put("requests", total);
            result.put("ok200", ok);
            Map<String, Long> byStatus = new TreeMap<>();
            statuses.forEach((s, c) -> byStatus.put(s == -1 ? "no-response" : String.valueOf(s), c.sum()));
            result.put("byStatus", byStatus);
            result.put("offeredPerSecond", total / (double) seconds);
            result.put("achieved200PerSecond", ok / elapsed);
            result.put("latencyMs200", SurgeSimulation.percentiles(okLatencies));
            result.put("latencyMsAll", SurgeSimulation.percentiles(allLatencies));
            result.put("seedMillis", seedMillis);
            Files.createDirectories(resultsDir);
            Files.writeString(resultsDir.resolve("surge-" + timestamp + "-browsing.json"), Json.write(result));
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) result.get("latencyMs200");
            @SuppressWarnings("unchecked")
            Map<String, Object> all = (Map<String, Object>) result.get("latencyMsAll");
            String md = String.format(Locale.ROOT, """
                    ## 3. Browsing: vacancy search through the gateway

                    %s. Gatling report: `@GATLING_REPORT@`

                    | figure | value |
                    |---|---|
                    | searches sent / answered 200 / by status | %d / %d / %s |
                    | achieved rate (200s per second, first request to last 200) | %.1f /s |
                    | latency of 200s p50 / p95 / p99 / max | %.1f / %.1f / %.1f / %.1f ms |
                    | latency of every answer p50 / p95 / p99 | %.1f / %.1f / %.1f ms |
                    """, result.get("workload"), total, ok, byStatus, ok / elapsed, (Double) p.get("p50"),
                    (Double) p.get("p95"), (Double) p.get("p99"), (Double) p.get("max"), (Double) all.get("p50"),
                    (Double) all.get("p95"), (Double) all.get("p99"));
            Files.writeString(resultsDir.resolve("surge-" + timestamp + "-browsing.md"), md);
            System.out.println(md);
        } catch (Exception e) {
            throw new IllegalStateException("reporting failed", e);
        }
    }
}
