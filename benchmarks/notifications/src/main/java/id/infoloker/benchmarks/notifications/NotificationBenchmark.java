package id.infoloker.benchmarks.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.AccountType;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.events.VacancyPublished;
import id.infoloker.notification.NotificationServiceApplication;
import id.infoloker.notification.alerts.VacancyAlertFanOut;
import id.infoloker.notification.delivery.Channel;
import id.infoloker.notification.delivery.DeliveryDispatcher;
import id.infoloker.testkit.TestInfrastructure;
import id.infoloker.testkit.TestInfrastructureInitializer;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two figures for issue 7, on the real service (its own Spring context, Kafka listeners, SQL and templates) against
 * the test kit's embedded PostgreSQL 17 and KRaft Kafka, and GreenMail as the SMTP server:
 * <ol>
 *   <li>Backlog: N account.status-changed.v1 verification decisions produced while the listeners are stopped, then the
 *       listeners start; time until every decision has its in-app notification and queued email (consumer side), then
 *       time for the dispatcher to send all those emails over SMTP.</li>
 *   <li>Fan-out: one vacancy.published.v1 matching M job seekers' alerts (plus as many non-matching alerts); time from
 *       producing the event until all M in-app rows (and M queued emails) are committed.</li>
 * </ol>
 * Arguments: {@code [decisions=20000] [matches=50000] [--spring.property=value ...]}. Bounded: every wait gives up after 10 minutes.
 */
public final class NotificationBenchmark {

    private static final Logger log = LoggerFactory.getLogger(NotificationBenchmark.class);
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final String KECAMATAN = "321503";
    private static final int EMAIL_SAMPLE = 2_000;

    public static void main(String[] args) throws Exception {
        int decisions = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int matches = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        List<String> springArgs = new ArrayList<>(List.of("--server.port=0",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(),
                // The dispatcher is driven by hand below, so the consumer phase measures the consumer alone.
                "--infoloker.notifications.delivery.enabled=false",
                "--infoloker.notifications.delivery.batch-size=200",
                "--spring.kafka.consumer.max-poll-records=500"));
        // Further arguments go to the service, e.g. --spring.kafka.listener.concurrency=3
        springArgs.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        log.info("Service arguments: {}", springArgs);
        ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationServiceApplication.class)
                .initializers(new TestInfrastructureInitializer())
                // Command-line arguments: they win over the service's application.yml (defaults would not).
                .run(springArgs.toArray(String[]::new));
        try (KafkaProducer<String, String> producer = producer()) {
            JdbcTemplate jdbc = service.getBean(JdbcTemplate.class);
            JsonMapper json = service.getBean(JsonMapper.class);
            KafkaListenerEndpointRegistry listeners = service.getBean(KafkaListenerEndpointRegistry.class);
            warmUp(jdbc, json, producer);

            backlog(decisions, jdbc, json, producer, listeners, service.getBean(DeliveryDispatcher.class), smtp);
            fanOut(matches, jdbc, json, producer, service.getBean(VacancyAlertFanOut.class));
        } finally {
            service.close();
            smtp.stop();
        }
        System.exit(0);
    }

    /** A few hundred events through every code path first, so the JIT and the pools are warm. */
    private static void warmUp(JdbcTemplate jdbc, JsonMapper json, KafkaProducer<String, String> producer)
            throws Exception {
        List<UUID> people = contacts(jdbc, 500, "warm");
        long before = count(jdbc, "SELECT count(*) FROM notification WHERE kind = 'ACCOUNT_VERIFIED'");
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (UUID person : people) {
            sent.add(sendDecision(producer, json, person, 0));
        }
        for (Future<RecordMetadata> future : sent) {
            future.get();
        }
        await(() -> count(jdbc, "SELECT count(*) FROM notification WHERE kind = 'ACCOUNT_VERIFIED'") - before,
                people.size());
        log.info("Warm-up done ({} decisions)", people.size());
    }

    private static void backlog(int decisions, JdbcTemplate jdbc, JsonMapper json,
                                KafkaProducer<String, String> producer, KafkaListenerEndpointRegistry listeners,
                                DeliveryDispatcher dispatcher, GreenMail smtp) throws Exception {
        List<UUID> people = contacts(jdbc, decisions, "backlog");
        jdbc.update("DELETE FROM delivery");
        int mailsBefore = smtp.getReceivedMessages().length;
        listeners.stop();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            sent.add(sendDecision(producer, json, people.get(i), i));
        }
        for (Future<RecordMetadata> future : sent) {
            future.get();
        }
        log.info("Backlog of {} decisions is on Kafka; starting the listeners", decisions);

        long before = count(jdbc, "SELECT count(*) FROM notification");
        long start = System.nanoTime();
        listeners.start();
        await(() -> count(jdbc, "SELECT count(*) FROM notification") - before, decisions);
        double consumeSeconds = seconds(start);
        long queued = count(jdbc, "SELECT count(*) FROM delivery WHERE status = 'PENDING'");
        log.info("RESULT backlog: {} decisions consumed in {} s = {} notifications/s (each: inbox dedupe, contact "
                        + "projection, template render, in-app row, {} emails queued in total)",
                decisions, round(consumeSeconds), round(decisions / consumeSeconds), queued);

        // Sending is bounded to a sample: the figure is a rate, and 20,000 SMTP sessions would take many minutes here.
        jdbc.update("DELETE FROM delivery WHERE id NOT IN (SELECT id FROM delivery WHERE status = 'PENDING' "
                + "ORDER BY created_at, id LIMIT ?)", EMAIL_SAMPLE);
        start = System.nanoTime();
        int handled = dispatcher.dispatchDue(Channel.EMAIL);
        double sendSeconds = seconds(start);
        long sentCount = count(jdbc, "SELECT count(*) FROM delivery WHERE status = 'SENT'");
        log.info("RESULT email: {} deliveries dispatched ({} SENT, {} received by the SMTP server) in {} s = {} "
                        + "emails/s (one SMTP connection per message, one dispatcher thread)",
                handled, sentCount, smtp.getReceivedMessages().length - mailsBefore, round(sendSeconds),
                round(handled / sendSeconds));
        jdbc.queryForList("SELECT DISTINCT last_error FROM delivery WHERE status = 'FAILED' LIMIT 5", String.class)
                .forEach(cause -> log.warn("FAILED delivery cause: {}", cause));
        smtp.purgeEmailFromAllMailboxes();
    }

    private static void fanOut(int matches, JdbcTemplate jdbc, JsonMapper json,
                               KafkaProducer<String, String> producer, VacancyAlertFanOut fanOut) throws Exception {
        List<UUID> matching = contacts(jdbc, matches, "alert");
        List<UUID> others = contacts(jdbc, matches, "other");
        alerts(jdbc, matching, KECAMATAN, "SMK", "PKWT");
        alerts(jdbc, others, "321599", "SMK", "PKWT");
        jdbc.execute("ANALYZE job_alert");
        jdbc.execute("ANALYZE contact");
        log.info("{} matching and {} non-matching job alerts stored", matches, others.size());

        VacancyPublished vacancy = new VacancyPublished(UUID.randomUUID(), UUID.randomUUID(), "PT Sinar Karawang",
                "Operator Produksi", KECAMATAN, "SMA", "PKWT", 5_000_000L, 5_500_000L, LocalDate.now().plusDays(30),
                Instant.now());
        UUID eventId = UUID.randomUUID();
        long start = System.nanoTime();
        send(producer, Topics.VACANCY_PUBLISHED, vacancy.vacancyId().toString(), json.writeValueAsString(vacancy),
                eventId).get();
        await(() -> count(jdbc, "SELECT count(*) FROM notification WHERE event_id = '" + eventId + "'"), matches);
        double viaKafka = seconds(start);
        long emails = count(jdbc, "SELECT count(*) FROM delivery WHERE event_id = '" + eventId + "'");
        log.info("RESULT fan-out via Kafka: one vacancy -> {} in-app notifications + {} queued emails in {} s "
                + "(produce to commit)", matches, emails, round(viaKafka));

        // The SQL alone, three more times (new event ids: each a full fan-out), for a steadier figure.
        for (int run = 1; run <= 3; run++) {
            long t = System.nanoTime();
            VacancyAlertFanOut.FanOutResult result = fanOut.announce(UUID.randomUUID(), vacancy);
            log.info("RESULT fan-out statement, run {}: {} in-app + {} emails in {} s", run, result.inApp(),
                    result.emails(), round(seconds(t)));
        }
    }

    /** Contacts with email, a fifth of them English-speaking, inserted by JDBC batch (setup, not measured). */
    private static List<UUID> contacts(JdbcTemplate jdbc, int count, String label) {
        List<UUID> ids = new ArrayList<>(count);
        List<Object[]> rows = new ArrayList<>(count);
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            rows.add(new Object[] {id, label + " " + i, label + "." + i + "." + id.toString().substring(0, 8)
                    + "@example.id", "+62812" + String.format("%08d", i), i % 5 == 0 ? "en" : "id", now});
        }
        jdbc.batchUpdate("""
                INSERT INTO contact (account_id, account_type, display_name, email, phone, preferred_language, status,
                                     updated_at)
                VALUES (?, 'JOB_SEEKER', ?, ?, ?, ?, 'PENDING_VERIFICATION', ?)
                """, rows);
        return ids;
    }

    private static void alerts(JdbcTemplate jdbc, List<UUID> people, String kecamatan, String education,
                               String employmentType) {
        List<Object[]> rows = new ArrayList<>(people.size());
        Timestamp now = Timestamp.from(Instant.now());
        for (UUID person : people) {
            rows.add(new Object[] {UUID.randomUUID(), person, kecamatan, education, 3, employmentType, now});
        }
        jdbc.batchUpdate("""
                INSERT INTO job_alert (id, account_id, kecamatan_code, education, education_rank, employment_type,
                                       created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, rows);
    }

    /** Mixed outcomes, as verifiers decide them: mostly approvals, some rejections and revision requests. */
    private static Future<RecordMetadata> sendDecision(KafkaProducer<String, String> producer, JsonMapper json,
                                                       UUID person, int i) {
        AccountStatusChanged change = switch (i % 10) {
            case 8 -> new AccountStatusChanged(person, AccountType.JOB_SEEKER, AccountStatus.REJECTED,
                    AccountStatus.PENDING_VERIFICATION, null, "NIK_TIDAK_VALID", "NIK tidak ditemukan.", List.of(),
                    Instant.now());
            case 9 -> new AccountStatusChanged(person, AccountType.JOB_SEEKER, AccountStatus.REVISION_REQUESTED,
                    AccountStatus.PENDING_VERIFICATION, null, null, "Foto KTP buram", List.of("KTP", "PAS_FOTO"),
                    Instant.now());
            default -> new AccountStatusChanged(person, AccountType.JOB_SEEKER, AccountStatus.VERIFIED,
                    AccountStatus.PENDING_VERIFICATION, null, null, null, List.of(), Instant.now());
        };
        return send(producer, Topics.ACCOUNT_STATUS_CHANGED, person.toString(), json.writeValueAsString(change),
                UUID.randomUUID());
    }

    private static Future<RecordMetadata> send(KafkaProducer<String, String> producer, String topic, String key,
                                               String value, UUID eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(EventHeaders.EVENT_ID, eventId.toString().getBytes(StandardCharsets.UTF_8));
        return producer.send(record);
    }

    private static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5));
    }

    private static void await(LongSupplier current, long target) throws InterruptedException {
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (current.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up after " + GIVE_UP + ": " + current.getAsLong() + " of "
                        + target);
            }
            Thread.sleep(100);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    private NotificationBenchmark() {
    }
}
