package id.infoloker.kit.testapp;

import id.infoloker.events.Topics;
import id.infoloker.events.VacancyClosed;
import id.infoloker.kit.inbox.Inbox;
import id.infoloker.kit.outbox.Outbox;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.annotation.Transactional;
import id.infoloker.kit.openapi.DeprecatedOperation;
import id.infoloker.kit.problem.ProblemException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A minimal service built on the kit, to test the kit the way services use it. */
@SpringBootApplication
public class KitTestApplication {

    /** Closes a "vacancy": a state change plus its event, in one transaction. */
    @Component
    public static class VacancyCloser {

        private final JdbcTemplate jdbc;
        private final Outbox outbox;

        VacancyCloser(JdbcTemplate jdbc, Outbox outbox) {
            this.jdbc = jdbc;
            this.outbox = outbox;
        }

        @Transactional
        public UUID close(UUID vacancyId, String reason, boolean failAfterPublishing) {
            jdbc.update("INSERT INTO closed_vacancy (id, reason) VALUES (?, ?)", vacancyId, reason);
            UUID eventId = outbox.publish(Topics.VACANCY_CLOSED, vacancyId,
                    new VacancyClosed(vacancyId, UUID.randomUUID(), reason, java.time.Instant.now()));
            if (failAfterPublishing) {
                throw new IllegalStateException("rolled back on purpose");
            }
            return eventId;
        }
    }

    /** Consumes vacancy.closed.v1; a reason of FAIL makes the effect throw every time. */
    @Component
    public static class ClosedVacancyListener {

        private final Inbox inbox;
        private final JdbcTemplate jdbc;
        public final List<UUID> effects = new CopyOnWriteArrayList<>();
        /** The trace id in the logging context while each vacancy's effect ran. */
        public final Map<UUID, String> traceIds = new ConcurrentHashMap<>();
        /** More failures than the configured max-retries (2): a normal failure would be dead-lettered by then. */
        public static final int DATABASE_AWAY_FAILURES = 5;
        private final Map<UUID, Integer> failuresSoFar = new ConcurrentHashMap<>();

        ClosedVacancyListener(Inbox inbox, JdbcTemplate jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = Topics.VACANCY_CLOSED)
        void on(ConsumerRecord<String, String> record) {
            inbox.handle(record, VacancyClosed.class, event -> {
                if ("FAIL".equals(event.reason())) {
                    throw new IllegalStateException("effect fails on purpose");
                }
                if ("DATABASE_AWAY".equals(event.reason())
                        && failuresSoFar.merge(event.vacancyId(), 1, Integer::sum) <= DATABASE_AWAY_FAILURES) {
                    throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                            new SQLTransientConnectionException("Connection is not available", "08001"));
                }
                jdbc.update("INSERT INTO observed_closing (vacancy_id) VALUES (?)", event.vacancyId());
                java.util.Optional.ofNullable(org.slf4j.MDC.get("traceId"))
                        .ifPresent(traceId -> traceIds.put(event.vacancyId(), traceId));
                effects.add(event.vacancyId());
            });
        }
    }

    @RestController
    static class ProblemsController {

        record Registration(@NotBlank String name, @Pattern(regexp = "\\d{16}") String nik, LocalDate birthDate) {
        }

        @PostMapping("/api/test/registrations")
        Registration register(@Valid @RequestBody Registration registration) {
            return registration;
        }

        @GetMapping("/api/test/conflict")
        void conflict() {
            throw new ProblemException(HttpStatus.CONFLICT, "duplicate-nik").onField("nik");
        }

        @GetMapping("/api/test/database-away")
        void databaseAway() {
            throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                    new SQLTransientConnectionException("Connection is not available", "08001"));
        }

        @GetMapping("/api/test/keys-away")
        void keysAway() {
            throw new id.infoloker.kit.privacy.KeyServiceUnavailableException(
                    "Personal-data keys could not be read from the account service", new java.io.IOException("refused"));
        }

        @GetMapping("/api/test/search")
        String search(@org.springframework.web.bind.annotation.RequestParam String q) {
            return q;
        }

        @GetMapping("/api/test/items/{name}")
        String item(@org.springframework.web.bind.annotation.PathVariable String name) {
            return name;
        }

        record Text(String text) {
        }

        /**
         * As most of our endpoints answer: JSON (whose length Jackson does not know beforehand) in a ResponseEntity,
         * which Spring MVC flushes after writing its body.
         */
        @GetMapping("/api/test/entities/{length}")
        org.springframework.http.ResponseEntity<Text> entity(
                @org.springframework.web.bind.annotation.PathVariable int length) {
            return org.springframework.http.ResponseEntity.ok()
                    .cacheControl(org.springframework.http.CacheControl.noStore().cachePrivate())
                    .body(new Text("x".repeat(Math.min(length, 100_000))));
        }

        @PostMapping("/api/test/uploads")
        long upload(@org.springframework.web.bind.annotation.RequestParam("file")
                    org.springframework.web.multipart.MultipartFile file) {
            return file.getSize();
        }

        @GetMapping("/api/test/old-greeting")
        @DeprecatedOperation(since = "2026-12-01", sunset = "2027-06-01", successor = "/api/test/greeting")
        String oldGreeting() {
            return "halo";
        }

        record WithTree(String name, tools.jackson.databind.JsonNode details) {
        }

        @GetMapping("/api/test/tree")
        WithTree tree() {
            return new WithTree("halo", tools.jackson.databind.json.JsonMapper.builder().build().createObjectNode()
                    .put("halo", 1));
        }

        @GetMapping("/internal/test/keys")
        String internalOnly() {
            return "service to service";
        }

        @GetMapping("/api/test/boom")
        void boom() {
            throw new IllegalStateException("secret 3215014506990001 must not leak");
        }
    }
}
