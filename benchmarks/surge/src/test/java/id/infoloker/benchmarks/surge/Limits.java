package id.infoloker.benchmarks.surge;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The machine's own limits, measured in the same run as the surge (scenario 2):
 * <ul>
 *   <li>{@code hash <seconds> <threads> <out.properties>}: Spring Security's delegating encoder as account-service
 *       builds it ({@code {bcrypt}}, strength 10 = the production setting), hashes per second;</li>
 *   <li>{@code commits <postgres port> <seconds> <threads> <out.properties>}: PostgreSQL transactions per second,
 *       each one account-like row + one outbox-like row (what a registration commits), in a scratch database
 *       {@code bench} of the devstack's PostgreSQL.</li>
 * </ul>
 */
public final class Limits {

    public static void main(String[] args) throws Exception {
        Properties out = new Properties();
        switch (args[0]) {
            case "hash" -> hash(Integer.parseInt(args[1]), Integer.parseInt(args[2]), out);
            case "commits" -> commits(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                    Integer.parseInt(args[3]), out);
            default -> throw new IllegalArgumentException("hash|commits");
        }
        Path file = Path.of(args[args.length - 1]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(file)) {
            out.store(writer, null);
        }
        out.forEach((k, v) -> System.out.println("[limits] " + k + " = " + v));
    }

    static void hash(int seconds, int threads, Properties out) throws Exception {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String sample = encoder.encode("warm-up-password");
        for (int i = 0; i < 5; i++) {
            encoder.encode("warm-up-password-" + i);
        }
        LongAdder hashes = new LongAdder();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
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
        out.setProperty("hash.encoder", sample.substring(0, sample.indexOf('}') + 1) + " strength "
                + sample.substring(sample.indexOf('}') + 5, sample.indexOf('}') + 7));
        out.setProperty("hash.threads", String.valueOf(threads));
        out.setProperty("hash.seconds", String.format("%.1f", elapsed));
        out.setProperty("hash.count", String.valueOf(hashes.sum()));
        out.setProperty("hash.perSecond", String.format("%.2f", hashes.sum() / elapsed));
        out.setProperty("hash.jvm", String.join(" ",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }

    static void commits(int port, int seconds, int threads, Properties out) throws Exception {
        String base = "jdbc:postgresql://localhost:" + port + "/";
        // The devstack's role owns only its services' databases; the embedded server's superuser creates the scratch one.
        try (Connection admin = DriverManager.getConnection(base + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS bench");
            statement.execute("CREATE DATABASE bench OWNER infoloker");
            try (ResultSet rows = statement.executeQuery("SELECT current_setting('fsync'), "
                    + "current_setting('synchronous_commit'), current_setting('full_page_writes'), version()")) {
                rows.next();
                out.setProperty("commits.server", "fsync=" + rows.getString(1) + " synchronous_commit="
                        + rows.getString(2) + " full_page_writes=" + rows.getString(3) + "; "
                        + rows.getString(4).split(",")[0]);
            }
        }
        String url = base + "bench";
        try (Connection db = DriverManager.getConnection(url, "infoloker", "infoloker");
             Statement statement = db.createStatement()) {
            statement.execute("""
                    CREATE TABLE account (
                        id uuid PRIMARY KEY, type varchar(20) NOT NULL, status varchar(40) NOT NULL,
                        full_name varchar(200) NOT NULL, email varchar(320) NOT NULL UNIQUE,
                        phone varchar(32) NOT NULL UNIQUE, nik varchar(16) UNIQUE, password_hash varchar(100) NOT NULL,
                        kecamatan_code varchar(6) NOT NULL, created_at timestamptz NOT NULL)""");
            statement.execute("""
                    CREATE TABLE outbox_event (
                        id uuid PRIMARY KEY, position bigserial NOT NULL, topic varchar(200) NOT NULL,
                        record_key varchar(200) NOT NULL, event_type varchar(200) NOT NULL, payload text NOT NULL,
                        occurred_at timestamptz NOT NULL, sent_at timestamptz)""");
            statement.execute("CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL");
        }
        LongAdder commits = new LongAdder();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        java.util.List<Future<?>> workers = new java.util.ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                try (Connection db = DriverManager.getConnection(url, "infoloker", "infoloker");
                     PreparedStatement account = db.prepareStatement(
                             "INSERT INTO account VALUES (?, 'JOB_SEEKER', 'PENDING_VERIFICATION', ?, ?, ?, ?, ?,"
                                     + " '321501', ?)");
                     PreparedStatement outbox = db.prepareStatement(
                             "INSERT INTO outbox_event (id, topic, record_key, event_type, payload, occurred_at)"
                                     + " VALUES (?, 'account.registered.v1', ?, 'AccountRegistered', ?, ?)")) {
                    db.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        UUID id = UUID.randomUUID();
                        String n = id.toString().substring(0, 12);
                        Timestamp now = Timestamp.from(Instant.now());
                        account.setObject(1, id);
                        account.setString(2, "Siti Rahmawati " + n);
                        account.setString(3, "siti." + n + "." + id.hashCode() + "@example.id");
                        account.setString(4, "0812" + id.getMostSignificantBits());
                        account.setString(5, String.format("%016d", Math.floorMod(id.getLeastSignificantBits(), 10_000_000_000_000_000L)));
                        account.setString(6, "{bcrypt}$2a$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234");
                        account.setTimestamp(7, now);
                        account.executeUpdate();
                        outbox.setObject(1, UUID.randomUUID());
                        outbox.setString(2, id.toString());
                        outbox.setString(3, payload(id));
                        outbox.setTimestamp(4, now);
                        outbox.executeUpdate();
                        db.commit();
                        commits.increment();
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            }));
        }
        pool.shutdown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.setProperty("commits.threads", String.valueOf(threads));
        out.setProperty("commits.seconds", String.format("%.1f", elapsed));
        out.setProperty("commits.count", String.valueOf(commits.sum()));
        out.setProperty("commits.perSecond", String.format("%.1f", commits.sum() / elapsed));
        try (Connection admin = DriverManager.getConnection(base + "postgres", "postgres", "");
             Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS bench");
        }
    }

    /** About the size of a real account.registered.v1 payload. */
    private static String payload(UUID id) {
        return "{\"accountId\":\"" + id + "\",\"accountType\":\"JOB_SEEKER\",\"displayName\":\"Siti Rahmawati\","
                + "\"email\":\"siti@example.id\",\"phone\":\"081200000000\",\"locale\":\"id\","
                + "\"kecamatanCode\":\"321501\",\"jobSeeker\":{\"nik\":\"3215014506980001\","
                + "\"birthPlace\":\"Karawang\",\"birthDate\":\"1998-06-05\",\"sex\":\"F\",\"education\":\"SMK\"},"
                + "\"employer\":null,\"registeredAt\":\"" + Instant.now() + "\"}";
    }

    private Limits() {
    }
}
