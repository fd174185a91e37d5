package id.infoloker.kit.testapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.infoloker.events.Topics;
import id.infoloker.kit.outbox.OutboxRelay;
import id.infoloker.testkit.InfolokerIntegrationTest;
import id.infoloker.testkit.TestKafka;
import id.infoloker.testkit.TestTokens;
import id.infoloker.testkit.TestTokensConfiguration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

@InfolokerIntegrationTest
@Import(TestTokensConfiguration.class)
class ServiceKitIntegrationTest {

    @Autowired
    KitTestApplication.VacancyCloser closer;

    @Autowired
    KitTestApplication.ClosedVacancyListener listener;

    @Autowired
    OutboxRelay relay;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    /**
     * Tomcat's default closes a keep-alive connection after 100 requests; the gateway then reconnects for one request
     * in a hundred. The kit keeps a connection open for far longer (infoloker-defaults.yml).
     */
    @Test
    void oneKeptAliveConnectionCarriesFiveHundredRequestsWithoutBeingClosed() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));
            for (int i = 1; i <= 500; i++) {
                out.write(("GET /api/test/items/n" + i + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                assertThat(in.readLine()).as("status line of request %d", i).startsWith("HTTP/1.1 200");
                int length = -1;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    assertThat(line).as("header of request %d", i).doesNotContainIgnoringCase("connection: close");
                    if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).trim());
                    }
                }
                assertThat(length).as("request %d has a Content-Length", i).isPositive();
                char[] body = new char[length];
                for (int read = 0; read < length; ) {
                    read += in.read(body, read, length - read);
                }
                assertThat(new String(body)).isEqualTo("n" + i);
            }
        }
    }

    /**
     * Spring MVC flushes a ResponseEntity's body, which made Tomcat send even a tiny answer in chunks; the kit lets the
     * container send it whole, with its length (WholeAnswerFilter). A body larger than Tomcat's buffer still arrives
     * complete. Signed in, as anonymous reads are buffered whole anyway for their ETag.
     */
    @Test
    void aSmallAnswerTravelsWholeWithItsLengthAndALargeOneStillArrivesComplete() {
        WebTestClient client = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .defaultHeader("Authorization", "Bearer " + TestTokens.forAccount(UUID.randomUUID(), "JOB_SEEKER"))
                .build();
        String small = "{\"text\":\"" + "x".repeat(700) + "\"}";
        client.get().uri("/api/test/entities/700")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentLength(small.length())
                .expectHeader().doesNotExist("Transfer-Encoding")
                .expectBody(String.class).isEqualTo(small);
        client.get().uri("/api/test/entities/50000")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("{\"text\":\"" + "x".repeat(50_000) + "\"}");
    }

    @Test
    void committedStateChangeReachesKafkaWithItsHeadersAndIsMarkedSent() {
        UUID vacancy = UUID.randomUUID();
        UUID eventId = closer.close(vacancy, "CLOSED_BY_EMPLOYER", false);

        ConsumerRecord<String, String> record = readUntil(Topics.VACANCY_CLOSED,
                r -> r.key().equals(vacancy.toString()));
        assertThat(header(record, id.infoloker.events.EventHeaders.EVENT_ID)).isEqualTo(eventId.toString());
        assertThat(header(record, id.infoloker.events.EventHeaders.EVENT_TYPE)).isEqualTo("VacancyClosed");
        assertThat(header(record, id.infoloker.events.EventHeaders.OCCURRED_AT)).isNotBlank();
        await().untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT sent_at IS NOT NULL FROM outbox_event WHERE id = ?", Boolean.class, eventId)).isTrue());
    }

    @Autowired
    io.micrometer.tracing.Tracer tracer;

    @Test
    void theRequestsTraceIsStoredWithTheEventSentAsAHeaderAndRestoredInTheConsumersLogContext() {
        UUID vacancy = UUID.randomUUID();
        io.micrometer.tracing.Span request = tracer.nextSpan().name("request").start();
        try (io.micrometer.tracing.Tracer.SpanInScope scope = tracer.withSpan(request)) {
            closer.close(vacancy, "CLOSED_BY_EMPLOYER", false);
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        ConsumerRecord<String, String> record = readUntil(Topics.VACANCY_CLOSED, r -> r.key().equals(vacancy.toString()));
        assertThat(header(record, "traceparent")).matches("00-" + traceId + "-[0-9a-f]{16}-[0-9a-f]{2}");
        await().untilAsserted(() -> assertThat(listener.traceIds).containsEntry(vacancy, traceId));
        assertThat(jdbc.queryForObject("SELECT trace_parent FROM outbox_event WHERE record_key = ?", String.class,
                vacancy.toString())).contains(traceId);
    }

    @Test
    void anEventWrittenOutsideAnyRequestTravelsWithoutATrace() {
        UUID vacancy = UUID.randomUUID();
        closer.close(vacancy, "CLOSED_BY_EMPLOYER", false);

        ConsumerRecord<String, String> record = readUntil(Topics.VACANCY_CLOSED, r -> r.key().equals(vacancy.toString()));
        assertThat(header(record, "traceparent")).isNull();
        await().untilAsserted(() -> assertThat(listener.effects).contains(vacancy));
    }

    @Test
    void rolledBackStateChangeLeavesNoEvent() {
        UUID vacancy = UUID.randomUUID();
        assertThatThrownBy(() -> closer.close(vacancy, "CLOSED_BY_EMPLOYER", true))
                .isInstanceOf(IllegalStateException.class);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE record_key = ?", Long.class,
                vacancy.toString())).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM closed_vacancy WHERE id = ?", Long.class, vacancy))
                .isZero();
    }

    @Test
    void outboxOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> relayPublishOutsideTransaction())
                .hasMessageContaining("transaction");
    }

    @Autowired
    id.infoloker.kit.outbox.Outbox outbox;

    private void relayPublishOutsideTransaction() {
        outbox.publish(Topics.VACANCY_CLOSED, UUID.randomUUID(),
                new id.infoloker.events.VacancyClosed(UUID.randomUUID(), UUID.randomUUID(), "X",
                        java.time.Instant.now()));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        UUID vacancy = UUID.randomUUID();
        String payload = """
                {"vacancyId":"%s","employerId":"%s","reason":"CLOSED_BY_EMPLOYER","closedAt":"2026-10-01T00:00:00Z"}
                """.formatted(vacancy, UUID.randomUUID());
        String eventId = UUID.randomUUID().toString();
        produce(Topics.VACANCY_CLOSED, vacancy.toString(), payload, eventId);
        produce(Topics.VACANCY_CLOSED, vacancy.toString(), payload, eventId);
        UUID marker = UUID.randomUUID();
        produce(Topics.VACANCY_CLOSED, marker.toString(), payload.replace(vacancy.toString(), marker.toString()),
                UUID.randomUUID().toString());

        // The marker comes after both copies on the same partition only if keys hash alike, so wait for both.
        await().untilAsserted(() -> assertThat(listener.effects).contains(vacancy, marker));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM observed_closing WHERE vacancy_id = ?", Long.class,
                vacancy)).isEqualTo(1);
    }

    @Test
    void malformedRecordGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
        String key = UUID.randomUUID().toString();
        produce(Topics.VACANCY_CLOSED, key, "{not json", UUID.randomUUID().toString());
        UUID after = UUID.randomUUID();
        produce(Topics.VACANCY_CLOSED, key, """
                {"vacancyId":"%s","employerId":"%s","reason":"OK","closedAt":"2026-10-01T00:00:00Z"}
                """.formatted(after, UUID.randomUUID()), UUID.randomUUID().toString());

        ConsumerRecord<String, String> dead = readUntil(Topics.deadLetterOf(Topics.VACANCY_CLOSED),
                r -> key.equals(r.key()));
        assertThat(dead.value()).isEqualTo("{not json");
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn")).endsWith("MalformedEventException");
        await().untilAsserted(() -> assertThat(listener.effects).contains(after));
    }

    @Test
    void recordWithoutEventIdGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        produce(Topics.VACANCY_CLOSED, key, "{}", null);

        ConsumerRecord<String, String> dead = readUntil(Topics.deadLetterOf(Topics.VACANCY_CLOSED),
                r -> key.equals(r.key()));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("event-id");
    }

    @Test
    void effectThatKeepsFailingIsRetriedThenDeadLetteredWithNothingRecorded() {
        UUID vacancy = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        produce(Topics.VACANCY_CLOSED, vacancy.toString(), """
                {"vacancyId":"%s","employerId":"%s","reason":"FAIL","closedAt":"2026-10-01T00:00:00Z"}
                """.formatted(vacancy, UUID.randomUUID()), eventId);

        ConsumerRecord<String, String> dead = readUntil(Topics.deadLetterOf(Topics.VACANCY_CLOSED),
                r -> vacancy.toString().equals(r.key()));
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("effect fails on purpose");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?::uuid", Long.class,
                eventId)).isZero();
    }

    @Test
    void aRecordFailingBecauseTheDatabaseIsAwayIsRetriedUntilItIsBackNotDeadLettered() {
        UUID vacancy = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        produce(Topics.VACANCY_CLOSED, vacancy.toString(), """
                {"vacancyId":"%s","employerId":"%s","reason":"DATABASE_AWAY","closedAt":"2026-10-01T00:00:00Z"}
                """.formatted(vacancy, UUID.randomUUID()), eventId);

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.effects.contains(vacancy));
        assertThat(listener.effects).containsOnlyOnce(vacancy);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?::uuid", Long.class,
                eventId)).isOne();
        // With max-retries 2 any other failure is dead-lettered after the third attempt and never reaches its effect;
        // this one failed five times and still arrived.
        assertThat(KitTestApplication.ClosedVacancyListener.DATABASE_AWAY_FAILURES).isGreaterThan(3);
    }

    @Test
    void backlogCountsUnsentRows() {
        long before = relay.backlog();
        jdbc.update("""
                INSERT INTO outbox_event (id, topic, record_key, event_type, payload, occurred_at, sent_at)
                VALUES (?, 'vacancy.closed.v1', 'k', 'VacancyClosed', '{}', now(), now())
                """, UUID.randomUUID());
        assertThat(relay.backlog()).isLessThanOrEqualTo(before);
    }

    @Test
    void invalidBodyIsAProblemNamingEachFieldInTheCallersLanguage() {
        http().post().uri("/api/test/registrations")
                .header("Accept-Language", "en")
                .header("Content-Type", "application/json")
                .bodyValue("{\"name\":\"\",\"nik\":\"12\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-input")
                .jsonPath("$.errors[?(@.field == 'name')].code").isEqualTo("NotBlank")
                .jsonPath("$.errors[?(@.field == 'name')].message").isEqualTo("is required")
                .jsonPath("$.errors[?(@.field == 'nik')].code").isEqualTo("Pattern");

        http().post().uri("/api/test/registrations")
                .header("Content-Type", "application/json")
                .bodyValue("{\"name\":\"\",\"nik\":\"3215014506990001\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.title").isEqualTo("Data tidak valid")
                .jsonPath("$.errors[0].message").isEqualTo("wajib diisi");
    }

    @Test
    void malformedJsonAndWrongTypesAre400NotA500() {
        http().post().uri("/api/test/registrations").header("Content-Type", "application/json")
                .bodyValue("{\"name\": ").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("malformed-body");

        http().post().uri("/api/test/registrations").header("Content-Type", "application/json")
                .bodyValue("{\"name\":\"Siti\",\"birthDate\":\"14-09-2020\"}").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("invalid-input")
                .jsonPath("$.errors[0].field").isEqualTo("birthDate");
    }

    @Test
    void domainProblemsKeepTheirCodeAndField() {
        http().get().uri("/api/test/conflict").exchange()
                .expectStatus().isEqualTo(409)
                .expectBody()
                .jsonPath("$.code").isEqualTo("duplicate-nik")
                .jsonPath("$.errors[0].field").isEqualTo("nik");
    }

    @Test
    void personalDataKeysAwayIsA503WithRetryAfterNotA500() {
        http().get().uri("/api/test/keys-away").header("Accept-Language", "en").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectBody()
                .jsonPath("$.code").isEqualTo("personal-data-keys-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("try again"));
        http().get().uri("/api/test/keys-away").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("coba lagi"));
    }

    @Test
    void databaseAwayIsA503WithRetryAfterInTheCallersLanguageNotA500() {
        http().get().uri("/api/test/database-away").header("Accept-Language", "en").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "5")
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody()
                .jsonPath("$.code").isEqualTo("database-unavailable")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("try again"))
                .jsonPath("$.trace").doesNotExist();
        http().get().uri("/api/test/database-away").exchange()
                .expectStatus().isEqualTo(503)
                .expectBody()
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("coba lagi"));
    }

    @Test
    void unexpectedFailureLeaksNothing() {
        http().get().uri("/api/test/boom").exchange()
                .expectStatus().is5xxServerError()
                .expectBody()
                .jsonPath("$.code").isEqualTo("internal-error")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).doesNotContain("3215"))
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void unknownPathIsA404ProblemAndProtectedPathsNeedAToken() {
        String token = TestTokens.forAccount(UUID.randomUUID(), "JOB_SEEKER");
        http().get().uri("/api/nothing-here").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("not-found");

        http().get().uri("/api/nothing-here").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("unauthorized");

        http().get().uri("/api/nothing-here")
                .header("Authorization", "Bearer " + token.substring(0, token.length() - 4) + "AAAA").exchange()
                .expectStatus().isUnauthorized();

        http().get().uri("/api/nothing-here")
                .header("Authorization", "Bearer " + TestTokens.expired(UUID.randomUUID(), "JOB_SEEKER")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void probesAndMetricsAnswerOnTheManagementPortAndNotOnTheApiPort() {
        WebTestClient management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
        assertThat(managementPort).isNotEqualTo(port);
        management.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        http().get().uri("/api/guarded/open").exchange().expectStatus().isOk();
        management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).value(metrics -> assertThat(metrics)
                        .contains("outbox_backlog{").contains("outbox_oldest_unsent_age_seconds{")
                        // The dashboards' latency percentiles are computed from these buckets.
                        .containsPattern(
                                "http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/guarded/open\",le=\"0\\.1\"}")
                        // No "active requests" long-task timer: nothing reads it and every request paid for it.
                        .doesNotContain("http_server_requests_active"));
        http().get().uri("/actuator/health/readiness").exchange().expectStatus().isNotFound();
    }

    private WebTestClient http() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return TestKafka.header(record, name).orElse(null);
    }

    private static void produce(String topic, String key, String value, String eventId) {
        TestKafka.send(topic, key, value, eventId);
    }

    private static ConsumerRecord<String, String> readUntil(String topic,
            java.util.function.Predicate<ConsumerRecord<String, String>> wanted) {
        return TestKafka.readUntil(topic, wanted);
    }
}
