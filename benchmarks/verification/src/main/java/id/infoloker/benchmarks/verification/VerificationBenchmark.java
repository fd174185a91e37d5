package id.infoloker.benchmarks.verification;

import id.infoloker.devstack.Devstack;
import id.infoloker.devstack.DevstackOptions;
import id.infoloker.devstack.PlatformService;
import id.infoloker.events.AccountDocumentsSubmitted;
import id.infoloker.events.AccountRegistered;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two figures for issue 5, on the devstack (real Kafka broker process, embedded PostgreSQL, the service jars), loopback
 * only, bounded in size:
 * <ol>
 *   <li>intake rate: verification-service is stopped, a backlog of N {@code account.registered.v1} events (and
 *       {@code account.documents-submitted.v1} for W of them) is produced as account-service would, the service is
 *       started and replays it; rate = N ÷ (last case opened − first case opened), from the cases' own timestamps;</li>
 *   <li>claim-next and decision latency through the gateway (verifier's token) while about W complete cases wait:
 *       one verifier's loop claim → approve, 200 warm-up rounds, then M measured rounds; p50/p90/p99/max.</li>
 * </ol>
 */
public final class VerificationBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final int WARM_UP = 200;

    public static void main(String[] args) throws Exception {
        int registrations = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int waiting = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        Path root = DevstackOptions.defaultRepositoryRoot();
        // web (the portal's pages) is not on the measured path: one JVM fewer keeps the figures comparable.
        Set<PlatformService> services = EnumSet.complementOf(EnumSet.of(PlatformService.WEB));
        DevstackOptions options = DevstackOptions.defaults(snapshotOfServiceJars(root, services))
                .withServices(services)
                .withWorkDir(root.resolve("benchmarks/verification/target/devstack"))
                .withPortOffset(200);
        try (Devstack devstack = Devstack.start(options)) {
            System.out.printf("[bench] devstack up in %d s%n", devstack.startupTime().toSeconds());
            intake(devstack, registrations, waiting);
            latency(devstack, measured);
        }
    }

    /**
     * Copies the service jars aside and runs those: a jar rebuilt under a running JVM (another build in the same
     * checkout) makes its lazily loaded classes fail mid-run.
     */
    private static Path snapshotOfServiceJars(Path root, Set<PlatformService> services) throws java.io.IOException {
        Path snapshot = root.resolve("benchmarks/verification/target/jars");
        for (PlatformService service : services) {
            String module = service.moduleName();
            Path target = snapshot.resolve(module).resolve("target");
            java.nio.file.Files.createDirectories(target);
            java.nio.file.Files.copy(root.resolve(module).resolve("target").resolve(module + ".jar"),
                    target.resolve(module + ".jar"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return snapshot;
    }

    private static void intake(Devstack devstack, int registrations, int waiting) throws Exception {
        devstack.stopService("verification-service");
        long produceStart = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, devstack.kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5))) {
            Instant base = Instant.now().minus(Duration.ofDays(1));
            for (int i = 0; i < registrations; i++) {
                UUID account = UUID.randomUUID();
                LocalDate born = LocalDate.of(1980 + i % 20, 1 + (i / 20) % 12, 1 + (i / 240) % 28);
                String nik = String.format("321501%02d%02d%02d%04d", born.getDayOfMonth() + 40,
                        born.getMonthValue(), born.getYear() % 100, 1 + i / (20 * 12 * 28) % 9999);
                send(producer, Topics.ACCOUNT_REGISTERED, account, new AccountRegistered(account,
                        AccountType.JOB_SEEKER, "Pencaker Benchmark " + i, "bench" + i + "@example.id",
                        "+628120000" + i, "id", "321501",
                        new AccountRegistered.JobSeeker(nik, "Karawang", born, "F", "SMK"), null,
                        base.plusMillis(i)));
                if (i < waiting) {
                    send(producer, Topics.ACCOUNT_DOCUMENTS_SUBMITTED, account, new AccountDocumentsSubmitted(
                            account, AccountType.JOB_SEEKER, List.of("KTP", "IJAZAH", "CV", "PAS_FOTO"), 1,
                            base.plusMillis(i)));
                }
            }
            producer.flush();
        }
        System.out.printf("[bench] produced %d registrations + %d document submissions in %d ms (service stopped)%n",
                registrations, waiting, Duration.ofNanos(System.nanoTime() - produceStart).toMillis());

        long restart = System.nanoTime();
        devstack.startService("verification-service");
        System.out.printf("[bench] verification-service restarted in %d ms%n",
                Duration.ofNanos(System.nanoTime() - restart).toMillis());
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        try (Connection db = DriverManager.getConnection(devstack.jdbcUrl("verification_service"),
                devstack.databaseUser(), devstack.databasePassword())) {
            long[] counts;
            do {
                Thread.sleep(500);
                counts = counts(db);
            } while ((counts[0] < registrations || counts[1] < waiting) && System.nanoTime() < deadline);
            try (Statement statement = db.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT count(*), extract(epoch FROM max(opened_at) - min(opened_at)) FROM verification_case
                         """)) {
                rows.next();
                long cases = rows.getLong(1);
                double seconds = rows.getDouble(2);
                System.out.printf("[bench] INTAKE: %d cases opened in %.1f s (first to last case) = %.0f events/s;"
                                + " %d complete (waiting)%n", cases, seconds, cases / seconds, counts[1]);
            }
        }
    }

    private static long[] counts(Connection db) throws Exception {
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*), count(*) FILTER (WHERE documents_complete) FROM verification_case")) {
            rows.next();
            return new long[] {rows.getLong(1), rows.getLong(2)};
        }
    }

    private static void latency(Devstack devstack, int measured) throws Exception {
        String gateway = devstack.gatewayUrl();
        HttpResponse<String> login = post(gateway + "/api/auth/token", JSON.writeValueAsString(Map.of(
                "username", devstack.staff().verifierEmail(), "password", devstack.staff().verifierPassword())),
                null);
        String token = JSON.readTree(login.body()).get("accessToken").asString();
        long waitingBefore = waiting(gateway, token);
        long[] claims = new long[measured];
        long[] decisions = new long[measured];
        for (int round = -WARM_UP; round < measured; round++) {
            long start = System.nanoTime();
            HttpResponse<String> claimed = post(gateway + "/api/verification/cases/claim-next", "", token);
            long claimedAt = System.nanoTime();
            if (claimed.statusCode() != 200) {
                throw new IllegalStateException("claim-next answered " + claimed.statusCode());
            }
            String caseId = JSON.readTree(claimed.body()).get("id").asString();
            HttpResponse<String> decided = post(gateway + "/api/verification/cases/" + caseId + "/decision",
                    "{\"outcome\":\"APPROVED\"}", token);
            long decidedAt = System.nanoTime();
            if (decided.statusCode() != 200) {
                throw new IllegalStateException("decision answered " + decided.statusCode() + " " + decided.body());
            }
            if (round >= 0) {
                claims[round] = claimedAt - start;
                decisions[round] = decidedAt - claimedAt;
            }
        }
        long waitingAfter = waiting(gateway, token);
        System.out.printf("[bench] LATENCY through the gateway, %d measured rounds after %d warm-up, one verifier,"
                + " waiting %d -> %d%n", measured, WARM_UP, waitingBefore, waitingAfter);
        report("claim-next", claims);
        report("decision  ", decisions);
    }

    private static long waiting(String gateway, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/verification/queue"))
                .header("Authorization", "Bearer " + token).GET().build();
        return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body()).get("pending").asLong();
    }

    private static void report(String name, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("[bench] %s p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n", name,
                millis(sorted, 0.50), millis(sorted, 0.90), millis(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static HttpResponse<String> post(String url, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void send(KafkaProducer<String, String> producer, String topic, UUID key, Object event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key.toString(),
                JSON.writeValueAsString(event));
        record.headers().add(EventHeaders.EVENT_ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }

    private VerificationBenchmark() {
    }
}
