package id.infoloker.account.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import id.infoloker.account.AccountServiceIntegrationTest;
import id.infoloker.account.TestData;
import id.infoloker.account.VerificationDecisions;
import id.infoloker.events.AccountStatus;
import id.infoloker.events.AccountStatusChanged;
import id.infoloker.events.EventHeaders;
import id.infoloker.events.Topics;
import id.infoloker.events.VerificationDecided;
import id.infoloker.events.VerificationOutcome;
import id.infoloker.testkit.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

@AccountServiceIntegrationTest
class VerificationDecidedConsumerTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    WebTestClient http;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    id.infoloker.kit.privacy.PersonalDataSeals seals;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    JsonMapper json;

    private KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    @BeforeEach
    void readTopicsAsADownstreamServiceWould() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "account-service-test-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.ACCOUNT_STATUS_CHANGED, Topics.deadLetterOf(Topics.VERIFICATION_DECIDED)));
    }

    @AfterEach
    void close() {
        consumer.close(Duration.ofSeconds(1));
    }

    @Test
    void anApprovalVerifiesTheAccountAndAnnouncesIt() {
        UUID accountId = register();

        publish(UUID.randomUUID(), decision(accountId, VerificationOutcome.APPROVED, null, null, List.of()));

        await().atMost(WAIT).until(() -> statusOf(accountId) == AccountStatus.VERIFIED);
        ConsumerRecord<String, String> record = awaitRecord(Topics.ACCOUNT_STATUS_CHANGED, accountId);
        assertThat(record.value()).as("the name travels sealed").doesNotContain("Siti Nurhaliza");
        AccountStatusChanged changed = seals.open(json.readValue(record.value(), AccountStatusChanged.class));
        assertThat(changed.accountId()).isEqualTo(accountId);
        assertThat(changed.status()).isEqualTo(AccountStatus.VERIFIED);
        assertThat(changed.previousStatus()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
        assertThat(changed.displayName()).isEqualTo("Siti Nurhaliza");
        assertThat(header(record, EventHeaders.EVENT_ID)).isNotBlank();
        assertThat(record.value()).doesNotContain("nik");
    }

    @Test
    void aRedeliveredDecisionChangesTheAccountOnce() {
        UUID accountId = register();
        UUID eventId = UUID.randomUUID();
        VerificationDecided rejection = decision(accountId, VerificationOutcome.REJECTED, "DOKUMEN_TIDAK_TERBACA",
                "Foto KTP buram", List.of());

        publish(eventId, rejection);
        await().atMost(WAIT).until(() -> statusOf(accountId) == AccountStatus.REJECTED);
        assertThat(jdbc.queryForMap("SELECT status_reason_code, status_note FROM account WHERE id = ?", accountId))
                .containsEntry("status_reason_code", "DOKUMEN_TIDAK_TERBACA")
                .containsEntry("status_note", "Foto KTP buram");

        publish(eventId, rejection);
        // A later decision on the same partition (same key): once it is applied, the duplicate was handled too.
        publish(UUID.randomUUID(), decision(accountId, VerificationOutcome.REVISION_REQUESTED, null,
                "Unggah ulang KTP", List.of("KTP")));
        await().atMost(WAIT).until(() -> statusOf(accountId) == AccountStatus.REVISION_REQUESTED);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox_event WHERE topic = ? AND record_key = ?",
                Integer.class, Topics.ACCOUNT_STATUS_CHANGED, accountId.toString())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event WHERE event_id = ?", Integer.class,
                eventId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT documents_to_redo[1] FROM account WHERE id = ?", String.class,
                accountId)).isEqualTo("KTP");
        List<AccountStatus> announced = new ArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            poll();
            announced.clear();
            seen.stream().filter(r -> r.topic().equals(Topics.ACCOUNT_STATUS_CHANGED))
                    .filter(r -> accountId.toString().equals(r.key()))
                    .map(r -> json.readValue(r.value(), AccountStatusChanged.class).status())
                    .forEach(announced::add);
            assertThat(announced).containsExactly(AccountStatus.REJECTED, AccountStatus.REVISION_REQUESTED);
        });
    }

    @Test
    void aRecordWithoutEventIdGoesToTheDeadLetterTopic() {
        UUID accountId = register();
        String payload = json.writeValueAsString(decision(accountId, VerificationOutcome.APPROVED, null, null,
                List.of()));

        kafka.send(new ProducerRecord<>(Topics.VERIFICATION_DECIDED, accountId.toString(), payload)).join();

        awaitRecord(Topics.deadLetterOf(Topics.VERIFICATION_DECIDED), accountId);
        assertThat(statusOf(accountId)).isEqualTo(AccountStatus.PENDING_VERIFICATION);
    }

    private UUID register() {
        Map<?, ?> answer = http.post().uri("/api/accounts/job-seekers").bodyValue(TestData.registration())
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(Map.class).returnResult().getResponseBody();
        return UUID.fromString((String) answer.get("accountId"));
    }

    private static VerificationDecided decision(UUID accountId, VerificationOutcome outcome, String reasonCode,
                                                String note, List<String> documentsToRedo) {
        return new VerificationDecided(UUID.randomUUID(), accountId, outcome, reasonCode, note, documentsToRedo,
                UUID.randomUUID(), Instant.now());
    }

    private void publish(UUID eventId, VerificationDecided decision) {
        VerificationDecisions.publish(kafka, json, eventId, decision);
    }

    private AccountStatus statusOf(UUID accountId) {
        return AccountStatus.valueOf(jdbc.queryForObject("SELECT status FROM account WHERE id = ?", String.class,
                accountId));
    }

    private ConsumerRecord<String, String> awaitRecord(String topic, UUID key) {
        return await().atMost(WAIT).until(() -> {
            poll();
            return seen.stream().filter(r -> r.topic().equals(topic) && key.toString().equals(r.key()))
                    .findFirst().orElse(null);
        }, java.util.Objects::nonNull);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
