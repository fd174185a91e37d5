import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two measurements, run by run.sh in one go:
 * <ul>
 *   <li>{@code hash <seconds> <threads>}: the password encoder account-service uses (Spring Security's delegating
 *       encoder, bcrypt at its default strength 10, the production setting), hashes per second;</li>
 *   <li>{@code register <gateway base URL> <warm-up s> <seconds> <concurrency> <max requests>}: job-seeker
 *       registrations per second through the gateway (POST /api/accounts/job-seekers, every one a new person), with
 *       latency percentiles. Bounded in time and request count; loopback only.</li>
 * </ul>
 * Plain Java 17 (no virtual threads there: a fixed pool of platform threads, one request in flight each).
 */
public class RegistrationBenchmark {

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "hash" -> hash(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "register" -> register(URI.create(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            default -> {
                System.err.println("usage: hash <seconds> <threads> | register <base> <warmup-s> <seconds> "
                        + "<concurrency> <max-requests>");
                System.exit(2);
            }
        }
    }

    static void hash(int seconds, int threads) throws Exception {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        System.out.println("encoder sample: " + encoder.encode("warm-up-password").substring(0, 14) + "...");
        for (int i = 0; i < 5; i++) {
            encoder.encode("warm-up-password-" + i);
        }
        LongAdder hashes = new LongAdder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    encoder.encode("benchmark-password-" + thread + "-" + n++);
                    hashes.increment();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.printf("hash: threads=%d hashes=%d seconds=%.1f hashes/s=%.1f%n", threads, hashes.sum(), elapsed,
                hashes.sum() / elapsed);
    }

    static void register(URI base, int warmupSeconds, int seconds, int concurrency, int maxRequests)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger sequence = new AtomicInteger();
        long runId = System.currentTimeMillis() % 100_000;
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicLong measuredOk = new AtomicLong();
        AtomicLong measured = new AtomicLong();
        long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
        long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        for (int t = 0; t < concurrency; t++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    int i = sequence.getAndIncrement();
                    if (i >= maxRequests) {
                        return null;
                    }
                    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/accounts/job-seekers"))
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(registration(runId, i)))
                            .build();
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    long done = System.nanoTime();
                    if (sent >= warmupEnd && done <= end) {
                        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
                        measured.incrementAndGet();
                        if (status == 202) {
                            measuredOk.incrementAndGet();
                            latencies.add(done - sent);
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(warmupSeconds + seconds + 120L, TimeUnit.SECONDS);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
        System.out.printf("register: concurrency=%d warmup=%ds measured=%ds requests(total)=%d "
                        + "measured=%d statuses=%s%n", concurrency, warmupSeconds, seconds,
                Math.min(sequence.get(), maxRequests), measured.get(), byStatus);
        System.out.printf("register: registrations/s=%.1f p50=%.0fms p90=%.0fms p99=%.0fms max=%.0fms%n",
                measuredOk.get() / (double) seconds, percentile(sorted, 50), percentile(sorted, 90),
                percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** A valid, unique job seeker: NIK from Karawang (3215) agreeing with birth date and sex, unique email/phone. */
    static String registration(long runId, int i) {
        int day = 1 + i % 28;
        int month = 1 + (i / 28) % 12;
        int year = 1980 + (i / 336) % 20;
        int serial = 1 + (i / 6720) % 9999;
        String nik = String.format("321501%02d%02d%02d%04d", day + 40, month, year % 100, serial);
        String phone = String.format("0813%08d", (runId * 10_000 + i) % 100_000_000L);
        return """
                {"fullName":"Pencaker Benchmark","nik":"%s","birthPlace":"Karawang","birthDate":"%d-%02d-%02d",\
                "sex":"F","email":"bench-%d-%d@example.id","phone":"%s","password":"sandi-benchmark-%d",\
                "address":"Jl. Tuparev No. 1","kecamatanCode":"321501","education":"SMK","consent":true}"""
                .formatted(nik, year, month, day, runId, i, phone, i);
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
